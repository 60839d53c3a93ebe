using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aiguillage.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClearSeedBuildDateVerifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The seed's "verified" dates were the day it was built, not a person's confirmation: they are removed. In a
            // migration of their own, after the columns became nullable (SQLite rebuilds the tables at the end of that one).
            migrationBuilder.Sql("UPDATE offers SET last_verified_on = NULL WHERE source = 'aiguillage-amorce'");
            migrationBuilder.Sql("UPDATE structures SET last_verified_on = NULL WHERE source = 'aiguillage-amorce'");
}

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
