using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <summary>
    /// The seals of the keyed audit trail (see DisputeCenter.Services.Audit: rows written before this migration have none,
    /// and verification lists them as unsealed), and the application role <c>disputecenter_app</c> (see
    /// DisputeCenter.Services.Startup.DatabaseOwner): every table's rows to read and write, except the timeline and the
    /// refunds ledger, which it may only read and append to, and the migrations history, which it may only read. The
    /// default privileges give it the same on tables later migrations create. Offers are not among the append-only
    /// tables: an offer's status changes in place (accepted, withdrawn, superseded), and the timeline records each change.
    /// </summary>
    public partial class ApplicationRoleAndAuditSeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "timeline_seal",
                table: "disputes",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "timeline_seal_key_id",
                table: "disputes",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "seal",
                table: "dispute_events",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "seal_key_id",
                table: "dispute_events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            // The role is cluster-wide, so another database's migration may create it at the same moment.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'disputecenter_app') THEN
                        CREATE ROLE disputecenter_app NOLOGIN;
                    END IF;
                EXCEPTION
                    WHEN duplicate_object OR unique_violation THEN NULL;
                    WHEN insufficient_privilege THEN
                        RAISE EXCEPTION 'The role disputecenter_app does not exist and % may not create it: create it once as a superuser (CREATE ROLE disputecenter_app NOLOGIN), or migrate as a role with CREATEROLE.', current_user;
                END
                $$;
                GRANT USAGE ON SCHEMA public TO disputecenter_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO disputecenter_app;
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO disputecenter_app;
                REVOKE UPDATE, DELETE, TRUNCATE ON dispute_events, refunds FROM disputecenter_app;
                REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM disputecenter_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO disputecenter_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO disputecenter_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The role stays: other databases in the cluster may use it.
            migrationBuilder.Sql("""
                ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM disputecenter_app;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM disputecenter_app;
                REVOKE ALL ON ALL TABLES IN SCHEMA public FROM disputecenter_app;
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM disputecenter_app;
                REVOKE USAGE ON SCHEMA public FROM disputecenter_app;
                """);

            migrationBuilder.DropColumn(
                name: "timeline_seal",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "timeline_seal_key_id",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "seal",
                table: "dispute_events");

            migrationBuilder.DropColumn(
                name: "seal_key_id",
                table: "dispute_events");
        }
    }
}
