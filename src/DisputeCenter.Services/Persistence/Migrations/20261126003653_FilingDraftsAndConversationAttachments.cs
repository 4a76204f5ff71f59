using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FilingDraftsAndConversationAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_evidence_items_disputes_dispute_id",
                table: "evidence_items");

            migrationBuilder.CreateTable(
                name: "conversation_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    original_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversation_attachments_conversation_messages_message_id",
                        column: x => x.message_id,
                        principalTable: "conversation_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "filing_drafts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    buyer_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filing_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_filing_drafts_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_filing_drafts_users_buyer_id",
                        column: x => x.buyer_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_attachments_message_id",
                table: "conversation_attachments",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_filing_drafts_buyer_id",
                table: "filing_drafts",
                column: "buyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_filing_drafts_created_at",
                table: "filing_drafts",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_filing_drafts_order_id",
                table: "filing_drafts",
                column: "order_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_attachments");

            migrationBuilder.DropTable(
                name: "filing_drafts");

            migrationBuilder.AddForeignKey(
                name: "fk_evidence_items_disputes_dispute_id",
                table: "evidence_items",
                column: "dispute_id",
                principalTable: "disputes",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
