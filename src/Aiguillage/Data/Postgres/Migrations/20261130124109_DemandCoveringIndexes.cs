using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DemandCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orientation_requests_departement_code_day",
                table: "orientation_requests");

            migrationBuilder.DropIndex(
                name: "IX_orientation_requests_region_code_day",
                table: "orientation_requests");

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_commune_code_day_stage_needs_result_co~",
                table: "orientation_requests",
                columns: new[] { "commune_code", "day", "stage", "needs", "result_count" });

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_departement_code_day_stage_needs_resul~",
                table: "orientation_requests",
                columns: new[] { "departement_code", "day", "stage", "needs", "result_count" });

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_region_code_day_stage_needs_result_cou~",
                table: "orientation_requests",
                columns: new[] { "region_code", "day", "stage", "needs", "result_count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orientation_requests_commune_code_day_stage_needs_result_co~",
                table: "orientation_requests");

            migrationBuilder.DropIndex(
                name: "IX_orientation_requests_departement_code_day_stage_needs_resul~",
                table: "orientation_requests");

            migrationBuilder.DropIndex(
                name: "IX_orientation_requests_region_code_day_stage_needs_result_cou~",
                table: "orientation_requests");

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_departement_code_day",
                table: "orientation_requests",
                columns: new[] { "departement_code", "day" });

            migrationBuilder.CreateIndex(
                name: "IX_orientation_requests_region_code_day",
                table: "orientation_requests",
                columns: new[] { "region_code", "day" });
        }
    }
}
