using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReturnsWithTracking : Migration
    {
        /// <inheritdoc />
        /// <summary>Return clocks for the policy rows and the disputes already filed: the platform defaults.</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_disputes_open_by_state",
                table: "disputes");

            migrationBuilder.AddColumn<TimeSpan>(
                name: "deadlines_return_address",
                table: "disputes",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(3));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "deadlines_return_receipt",
                table: "disputes",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(3));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "deadlines_return_shipment",
                table: "disputes",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(7));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "deadlines_return_transit",
                table: "disputes",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(30));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "return_address",
                table: "deadline_policies",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(3));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "return_receipt",
                table: "deadline_policies",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(3));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "return_shipment",
                table: "deadline_policies",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(7));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "return_transit",
                table: "deadline_policies",
                type: "interval",
                nullable: false,
                defaultValue: TimeSpan.FromDays(30));

            migrationBuilder.CreateTable(
                name: "dispute_returns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    address_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    to_platform_address = table.Column<bool>(type: "boolean", nullable: false),
                    address_given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ship_by_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    carrier = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    tracking_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    transit_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    carrier_delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    receipt_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refunded_automatically = table.Column<bool>(type: "boolean", nullable: false),
                    problem = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    problem_statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    refund_due_amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    refund_due_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dispute_returns", x => x.id);
                    table.ForeignKey(
                        name: "fk_dispute_returns_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_open_by_state",
                table: "disputes",
                columns: new[] { "status", "next_deadline_at" },
                filter: "status IN ('AwaitingSeller', 'Negotiating', 'InMediation', 'AwaitingInformation', 'Decided', 'AwaitingReturn', 'UnderAppeal')");

            migrationBuilder.CreateIndex(
                name: "ix_dispute_returns_dispute_id",
                table: "dispute_returns",
                column: "dispute_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispute_returns");

            migrationBuilder.DropIndex(
                name: "ix_disputes_open_by_state",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "deadlines_return_address",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "deadlines_return_receipt",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "deadlines_return_shipment",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "deadlines_return_transit",
                table: "disputes");

            migrationBuilder.DropColumn(
                name: "return_address",
                table: "deadline_policies");

            migrationBuilder.DropColumn(
                name: "return_receipt",
                table: "deadline_policies");

            migrationBuilder.DropColumn(
                name: "return_shipment",
                table: "deadline_policies");

            migrationBuilder.DropColumn(
                name: "return_transit",
                table: "deadline_policies");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_open_by_state",
                table: "disputes",
                columns: new[] { "status", "next_deadline_at" },
                filter: "status IN ('AwaitingSeller', 'Negotiating', 'InMediation', 'AwaitingInformation', 'Decided', 'UnderAppeal')");
        }
    }
}
