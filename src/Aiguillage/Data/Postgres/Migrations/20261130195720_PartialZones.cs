using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PartialZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "partial_zones",
                table: "offers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "partial_zones",
                table: "offers");
        }
    }
}
