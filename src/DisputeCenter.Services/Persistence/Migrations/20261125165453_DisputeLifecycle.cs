using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DisputeLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "deadline_policies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    seller_contact_period = table.Column<TimeSpan>(type: "interval", nullable: false),
                    filing_window = table.Column<TimeSpan>(type: "interval", nullable: false),
                    seller_response = table.Column<TimeSpan>(type: "interval", nullable: false),
                    negotiation = table.Column<TimeSpan>(type: "interval", nullable: false),
                    information_request_default = table.Column<TimeSpan>(type: "interval", nullable: false),
                    appeal_window = table.Column<TimeSpan>(type: "interval", nullable: false),
                    moderator_action = table.Column<TimeSpan>(type: "interval", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deadline_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "seller_conversations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    seller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seller_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seller_first_answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    marked_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    marked_resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seller_conversations", x => x.id);
                    table.ForeignKey(
                        name: "fk_seller_conversations_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conversation_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    author_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversation_messages_seller_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "seller_conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "disputes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    buyer_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    seller_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seller_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_remedy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seller_responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    seller_unresponsive = table.Column<bool>(type: "boolean", nullable: false),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assigned_moderator_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    moderator_stalled = table.Column<bool>(type: "boolean", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by_moderator_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    appealed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    appealed_by = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    appeal_information = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    appealed_decision_moderator_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    next_deadline_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    timeline_length = table.Column<int>(type: "integer", nullable: false),
                    timeline_head = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    amount_claimed_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    amount_claimed_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    amount_paid_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    amount_paid_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    deadlines_appeal_window = table.Column<TimeSpan>(type: "interval", nullable: false),
                    deadlines_filing_window = table.Column<TimeSpan>(type: "interval", nullable: false),
                    deadlines_information_request_default = table.Column<TimeSpan>(type: "interval", nullable: false),
                    deadlines_moderator_action = table.Column<TimeSpan>(type: "interval", nullable: false),
                    deadlines_negotiation = table.Column<TimeSpan>(type: "interval", nullable: false),
                    deadline_policy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deadline_policy_version = table.Column<int>(type: "integer", nullable: false),
                    deadlines_seller_contact_period = table.Column<TimeSpan>(type: "interval", nullable: false),
                    deadlines_seller_response = table.Column<TimeSpan>(type: "interval", nullable: false),
                    refunded_before_filing_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    refunded_before_filing_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disputes", x => x.id);
                    table.ForeignKey(
                        name: "fk_disputes_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disputes_seller_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "seller_conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_disputes_sellers_seller_id",
                        column: x => x.seller_id,
                        principalTable: "sellers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dispute_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    moderator_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    on_appeal = table.Column<bool>(type: "boolean", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dispute_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_dispute_decisions_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dispute_events",
                columns: table => new
                {
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    actor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dispute_events", x => new { x.dispute_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_dispute_events_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dispute_offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    made_by = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    made_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    made_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dispute_offers", x => x.id);
                    table.ForeignKey(
                        name: "fk_dispute_offers_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "information_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_moderator_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    requested_from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    what = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    if_missed = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    missed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_information_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_information_requests_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cause = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    amount_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refunds", x => x.id);
                    table.ForeignKey(
                        name: "fk_refunds_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_messages_conversation_id",
                table: "conversation_messages",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "ix_deadline_policies_category_code_reason_version",
                table: "deadline_policies",
                columns: new[] { "category_code", "reason", "version" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_dispute_decisions_dispute_id",
                table: "dispute_decisions",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_dispute_offers_dispute_id_sequence",
                table: "dispute_offers",
                columns: new[] { "dispute_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disputes_buyer_id_filed_at",
                table: "disputes",
                columns: new[] { "buyer_id", "filed_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_conversation_id",
                table: "disputes",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_next_deadline_at",
                table: "disputes",
                column: "next_deadline_at",
                filter: "next_deadline_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_seller_id_filed_at",
                table: "disputes",
                columns: new[] { "seller_id", "filed_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_disputes_one_open_per_order",
                table: "disputes",
                column: "order_id",
                unique: true,
                filter: "status NOT IN ('Settled', 'Withdrawn', 'Expired', 'Closed')");

            migrationBuilder.CreateIndex(
                name: "ix_information_requests_dispute_id",
                table: "information_requests",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_refunds_dispute_id",
                table: "refunds",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "ix_seller_conversations_order_id_started_at",
                table: "seller_conversations",
                columns: new[] { "order_id", "started_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_messages");

            migrationBuilder.DropTable(
                name: "deadline_policies");

            migrationBuilder.DropTable(
                name: "dispute_decisions");

            migrationBuilder.DropTable(
                name: "dispute_events");

            migrationBuilder.DropTable(
                name: "dispute_offers");

            migrationBuilder.DropTable(
                name: "information_requests");

            migrationBuilder.DropTable(
                name: "refunds");

            migrationBuilder.DropTable(
                name: "disputes");

            migrationBuilder.DropTable(
                name: "seller_conversations");
        }
    }
}
