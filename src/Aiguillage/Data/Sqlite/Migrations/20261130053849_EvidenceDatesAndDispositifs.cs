using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "last_verified_on",
                table: "offers",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "dispositif_code",
                table: "offers",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_date",
                table: "offers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dispositifs",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    nature = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    source_urls = table.Column<string>(type: "TEXT", nullable: false),
                    source_date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "last_verified_on",
                table: "offers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
