using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <summary>
    /// One open filing draft per order and buyer, one open seller conversation per order. Rows that break this from
    /// before are merged first: an older draft's staged files move to the newest draft of the same order, which the form
    /// continues; an older open conversation is closed as resolved at the moment the newer one started (the buyer moved
    /// to the newer thread, which is the one the order page shows), its messages kept.
    /// </summary>
    public partial class OneOpenDraftAndConversationPerOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                WITH ranked AS (
                    SELECT id, first_value(id) OVER (PARTITION BY buyer_id, order_id ORDER BY created_at DESC, id DESC) AS keep
                    FROM filing_drafts)
                UPDATE evidence_items e SET dispute_id = r.keep
                FROM ranked r WHERE e.dispute_id = r.id AND r.id <> r.keep AND e.status = 'Staged';

                DELETE FROM filing_drafts d
                WHERE EXISTS (SELECT 1 FROM filing_drafts n
                              WHERE n.buyer_id = d.buyer_id AND n.order_id = d.order_id
                                AND (n.created_at, n.id) > (d.created_at, d.id));

                UPDATE seller_conversations c
                SET marked_resolved_at = (SELECT min(n.started_at) FROM seller_conversations n
                                          WHERE n.order_id = c.order_id AND (n.started_at, n.id) > (c.started_at, c.id)
                                            AND n.marked_resolved_at IS NULL AND n.marked_failed_at IS NULL)
                WHERE c.marked_resolved_at IS NULL AND c.marked_failed_at IS NULL
                  AND EXISTS (SELECT 1 FROM seller_conversations n
                              WHERE n.order_id = c.order_id AND (n.started_at, n.id) > (c.started_at, c.id)
                                AND n.marked_resolved_at IS NULL AND n.marked_failed_at IS NULL);
                """);

            migrationBuilder.DropIndex(
                name: "ix_filing_drafts_buyer_id",
                table: "filing_drafts");

            migrationBuilder.CreateIndex(
                name: "ux_seller_conversations_open_per_order",
                table: "seller_conversations",
                column: "order_id",
                unique: true,
                filter: "marked_resolved_at IS NULL AND marked_failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_filing_drafts_buyer_id_order_id",
                table: "filing_drafts",
                columns: new[] { "buyer_id", "order_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_seller_conversations_open_per_order",
                table: "seller_conversations");

            migrationBuilder.DropIndex(
                name: "ix_filing_drafts_buyer_id_order_id",
                table: "filing_drafts");

            migrationBuilder.CreateIndex(
                name: "ix_filing_drafts_buyer_id",
                table: "filing_drafts",
                column: "buyer_id");
        }
    }
}
