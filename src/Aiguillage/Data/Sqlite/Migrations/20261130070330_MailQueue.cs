using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MailQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "queued_mails",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    text_body = table.Column<string>(type: "TEXT", nullable: false),
                    html_body = table.Column<string>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    sent_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    claimed_until_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    abandoned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queued_mails", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_queued_mails_sent_at_utc_abandoned_next_attempt_at_utc",
                table: "queued_mails",
                columns: new[] { "sent_at_utc", "abandoned", "next_attempt_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "queued_mails");
        }
    }
}
