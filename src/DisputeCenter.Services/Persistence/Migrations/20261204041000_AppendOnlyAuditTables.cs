using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <summary>
    /// The timeline (<c>dispute_events</c>) and the refunds ledger (<c>refunds</c>) are append-only for everyone,
    /// the table owner included: a BEFORE UPDATE OR DELETE trigger raises. Only a superuser or the owner who first
    /// disables the trigger can rewrite a row, and the keyed chain then shows it. <c>dispute_offers</c> is not
    /// protected yet: an offer's status changes in place (accepted, withdrawn), so it needs an insert-only redesign first.
    /// No model change, so no target model.
    /// </summary>
    [DbContext(typeof(DisputeCenterDbContext))]
    [Migration("20261204041000_AppendOnlyAuditTables")]
    public partial class AppendOnlyAuditTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% on % is refused: the audit trail is append-only', TG_OP, TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER dispute_events_append_only BEFORE UPDATE OR DELETE ON dispute_events
                    FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();
                CREATE TRIGGER refunds_append_only BEFORE UPDATE OR DELETE ON refunds
                    FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER refunds_append_only ON refunds;
                DROP TRIGGER dispute_events_append_only ON dispute_events;
                DROP FUNCTION refuse_audit_rewrite();
                """);
        }
    }
}
