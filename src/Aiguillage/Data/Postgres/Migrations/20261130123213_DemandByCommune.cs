using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DemandByCommune : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_commune_code_day",
                table: "orientation_requests",
                columns: new[] { "commune_code", "day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orientation_requests_commune_code_day",
                table: "orientation_requests");
        }
    }
}
