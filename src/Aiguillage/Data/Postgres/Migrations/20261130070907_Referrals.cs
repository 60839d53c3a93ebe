using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Aiguillage.Data.Postgres.Migrations
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    holder_token = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    recipient_token = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    offer_id = table.Column<int>(type: "integer", nullable: false),
                    structure_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    holder_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    holder_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    holder_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    needs = table.Column<List<string>>(type: "text[]", nullable: false),
                    @public = table.Column<string>(name: "public", type: "character varying(40)", maxLength: 40, nullable: true),
                    consent_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recipient_address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recipient_label = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    handed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    first_answer_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reminder_sent_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    anonymised_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referral_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    referral_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    structure_id = table.Column<int>(type: "integer", nullable: false),
                    offer_id = table.Column<int>(type: "integer", nullable: false),
                    target_structure_id = table.Column<int>(type: "integer", nullable: true),
                    target_offer_id = table.Column<int>(type: "integer", nullable: true),
                    reason_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
