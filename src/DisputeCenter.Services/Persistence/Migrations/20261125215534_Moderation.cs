using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_citations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_citations", x => x.id);
                    table.ForeignKey(
                        name: "fk_decision_citations_dispute_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "dispute_decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_reason_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_reason_codes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "evidence_openings",
                columns: table => new
                {
                    evidence_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    moderator_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_openings", x => new { x.evidence_item_id, x.moderator_id });
                    table.ForeignKey(
                        name: "fk_evidence_openings_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_evidence_openings_evidence_items_evidence_item_id",
                        column: x => x.evidence_item_id,
                        principalTable: "evidence_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "decision_reason_codes",
                columns: new[] { "code", "changed_at", "changed_by", "is_active", "label" },
                values: new object[,]
                {
                    { "defect-proven", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Defect or damage shown by the evidence" },
                    { "goodwill", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Goodwill compensation" },
                    { "insufficient-evidence", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "The claim is not supported by the evidence" },
                    { "late-delivery", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Shipment significantly delayed" },
                    { "missed-information-request", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "A party missed a moderator's request for information (used by the system)" },
                    { "missing-items", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Items missing from the delivery" },
                    { "not-as-described", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Goods differ from the description or agreement" },
                    { "not-delivered", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Goods not delivered" },
                    { "seller-remedied", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "The seller already put the problem right" },
                    { "terms-violated", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "system", true, "Terms of the agreement violated" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_assigned_moderator",
                table: "disputes",
                columns: new[] { "assigned_moderator_id", "status" },
                filter: "assigned_moderator_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_moderation_queue",
                table: "disputes",
                columns: new[] { "status", "moderator_stalled", "next_deadline_at", "id" },
                descending: new[] { false, true, false, false },
                filter: "status IN ('InMediation', 'AwaitingInformation', 'UnderAppeal')")
                .Annotation("Npgsql:IndexInclude", new[] { "reason", "seller_id", "assigned_moderator_id" });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_open_by_state",
                table: "disputes",
                columns: new[] { "status", "next_deadline_at" },
                filter: "status IN ('AwaitingSeller', 'Negotiating', 'InMediation', 'AwaitingInformation', 'Decided', 'UnderAppeal')");

            migrationBuilder.CreateIndex(
                name: "ix_dispute_decisions_first_decided_at",
                table: "dispute_decisions",
                column: "decided_at",
                filter: "NOT on_appeal")
                .Annotation("Npgsql:IndexInclude", new[] { "dispute_id" });

            migrationBuilder.CreateIndex(
                name: "ix_decision_citations_decision_id",
                table: "decision_citations",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_openings_dispute_id_moderator_id",
                table: "evidence_openings",
                columns: new[] { "dispute_id", "moderator_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_citations");

            migrationBuilder.DropTable(
                name: "decision_reason_codes");

            migrationBuilder.DropTable(
                name: "evidence_openings");

            migrationBuilder.DropIndex(
                name: "ix_disputes_assigned_moderator",
                table: "disputes");

            migrationBuilder.DropIndex(
                name: "ix_disputes_moderation_queue",
                table: "disputes");

            migrationBuilder.DropIndex(
                name: "ix_disputes_open_by_state",
                table: "disputes");

            migrationBuilder.DropIndex(
                name: "ix_dispute_decisions_first_decided_at",
                table: "dispute_decisions");
        }
    }
}
