using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FicheEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "change_proposals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    target_id = table.Column<int>(type: "INTEGER", nullable: true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: true),
                    fields_json = table.Column<string>(type: "TEXT", nullable: false),
                    base_fields_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    author_account_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    author_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    author_is_member = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "change_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    target_id = table.Column<int>(type: "INTEGER", nullable: true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: true),
                    proposal_id = table.Column<int>(type: "INTEGER", nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    actor_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    changes_json = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "membership_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<string>(type: "TEXT", nullable: false),
                    account_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_membership_requests_AspNetUsers_account_id",
                        column: x => x.account_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_membership_requests_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "verification_plans",
                columns: table => new
                {
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    months = table.Column<int>(type: "INTEGER", nullable: false),
                    last_reminder_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_plans", x => x.structure_id);
                    table.ForeignKey(
                        name: "FK_verification_plans_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_change_proposals_author_account_id",
                table: "change_proposals",
                column: "author_account_id");

            migrationBuilder.CreateIndex(
                name: "IX_change_proposals_kind_target_id_status",
                table: "change_proposals",
                columns: new[] { "kind", "target_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_change_proposals_status_structure_id",
                table: "change_proposals",
                columns: new[] { "status", "structure_id" });

            migrationBuilder.CreateIndex(
                name: "IX_change_records_kind_target_id_at_utc",
                table: "change_records",
                columns: new[] { "kind", "target_id", "at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_change_records_proposal_id",
                table: "change_records",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_membership_requests_account_id",
                table: "membership_requests",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "IX_membership_requests_structure_id_status",
                table: "membership_requests",
                columns: new[] { "structure_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_proposals");

            migrationBuilder.DropTable(
                name: "change_records");

            migrationBuilder.DropTable(
                name: "membership_requests");

            migrationBuilder.DropTable(
                name: "verification_plans");
        }
    }
}
