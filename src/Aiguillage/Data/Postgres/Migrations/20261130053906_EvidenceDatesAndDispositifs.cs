using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceDatesAndDispositifs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "last_verified_on",
                table: "structures",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "last_verified_on",
                table: "offers",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<string>(
                name: "dispositif_code",
                table: "offers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_date",
                table: "offers",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dispositifs",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    nature = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    source_urls = table.Column<List<string>>(type: "text[]", nullable: false),
                    source_date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispositifs", x => x.code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_offers_dispositif_code",
                table: "offers",
                column: "dispositif_code");

            migrationBuilder.AddForeignKey(
                name: "FK_offers_dispositifs_dispositif_code",
                table: "offers",
                column: "dispositif_code",
                principalTable: "dispositifs",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_offers_dispositifs_dispositif_code",
                table: "offers");

            migrationBuilder.DropTable(
                name: "dispositifs");

            migrationBuilder.DropIndex(
                name: "IX_offers_dispositif_code",
                table: "offers");

            migrationBuilder.DropColumn(
                name: "dispositif_code",
                table: "offers");

            migrationBuilder.DropColumn(
                name: "source_date",
                table: "offers");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "last_verified_on",
                table: "structures",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "last_verified_on",
                table: "offers",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);
        }
    }
}
