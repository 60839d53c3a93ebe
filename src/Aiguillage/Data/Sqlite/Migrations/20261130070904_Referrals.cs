using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Aiguillage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    holder_token = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    recipient_token = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    offer_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    holder_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    holder_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    holder_phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    needs = table.Column<string>(type: "TEXT", nullable: false),
                    @public = table.Column<string>(name: "public", type: "TEXT", maxLength: 40, nullable: true),
                    consent_text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recipient_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    recipient_address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recipient_label = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    handed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    first_answer_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reminder_sent_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    anonymised_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referral_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    referral_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    offer_id = table.Column<int>(type: "INTEGER", nullable: false),
                    target_structure_id = table.Column<int>(type: "INTEGER", nullable: true),
                    target_offer_id = table.Column<int>(type: "INTEGER", nullable: true),
                    reason_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_referral_events_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "taxonomy_terms",
                columns: new[] { "code", "kind", "description", "is_retired", "label", "sort_order" },
                values: new object[,]
                {
                    { "autre", "DeclineReason", "Un autre motif, précisé dans la note.", false, "Autre motif", 80 },
                    { "capacite", "DeclineReason", "La structure ne peut pas accompagner de nouveau projet pour le moment.", false, "Plus de place pour l'instant", 50 },
                    { "etape", "DeclineReason", "L'offre n'accompagne pas le projet à son étape actuelle.", false, "Étape non accompagnée", 40 },
                    { "hors-champ", "DeclineReason", "Le projet ne relève pas de ce que propose l'offre.", false, "Hors de notre champ", 20 },
                    { "hors-territoire", "DeclineReason", "Le projet se situe hors du territoire que couvre l'offre.", false, "Hors de notre territoire", 10 },
                    { "injoignable", "DeclineReason", "La structure n'a pas pu joindre le porteur de projet.", false, "Porteur injoignable", 70 },
                    { "offre-arretee", "DeclineReason", "L'offre n'existe plus ou est suspendue.", false, "Offre arrêtée", 60 },
                    { "public", "DeclineReason", "Le porteur ou la structure ne fait pas partie du public accompagné.", false, "Public non accompagné", 30 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_referral_events_referral_id",
                table: "referral_events",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "IX_referral_events_target_structure_id",
                table: "referral_events",
                column: "target_structure_id");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_holder_token",
                table: "referrals",
                column: "holder_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_recipient_token",
                table: "referrals",
                column: "recipient_token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_status_handed_at_utc",
                table: "referrals",
                columns: new[] { "status", "handed_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_structure_id",
                table: "referrals",
                column: "structure_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_events");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "autre", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "capacite", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "etape", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "hors-champ", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "hors-territoire", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "injoignable", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "offre-arretee", "DeclineReason" });

            migrationBuilder.DeleteData(
                table: "taxonomy_terms",
                keyColumns: new[] { "code", "kind" },
                keyValues: new object[] { "public", "DeclineReason" });
        }
    }
}
