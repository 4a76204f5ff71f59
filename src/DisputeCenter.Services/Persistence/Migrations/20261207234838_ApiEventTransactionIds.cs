using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApiEventTransactionIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The writing transaction's id, outside the EF model: the event list shows only events whose transaction is older
            // than every transaction still running (ApiEventQuery), so a cursor never passes an event that commits later
            // with a lower position.
            migrationBuilder.Sql("ALTER TABLE api_events ADD COLUMN transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE api_events DROP COLUMN transaction_id;");
        }
    }
}
