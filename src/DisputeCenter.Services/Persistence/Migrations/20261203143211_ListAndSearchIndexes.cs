using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListAndSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Order search matches the seller's business name too; without this, every search read every seller.
            migrationBuilder.Sql("CREATE INDEX ix_sellers_profile_business_name_trgm ON sellers USING gin (profile_business_name gin_trgm_ops);");

            migrationBuilder.DropIndex(
                name: "ix_disputes_buyer_id_filed_at",
                table: "disputes");

            migrationBuilder.DropIndex(
                name: "ix_disputes_seller_id_filed_at",
                table: "disputes");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_buyer_id_next_deadline_at_filed_at",
                table: "disputes",
                columns: new[] { "buyer_id", "next_deadline_at", "filed_at" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_seller_id",
                table: "disputes",
                column: "seller_id");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_seller_user_id_next_deadline_at_filed_at",
                table: "disputes",
                columns: new[] { "seller_user_id", "next_deadline_at", "filed_at" },
                descending: new[] { false, false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_sellers_profile_business_name_trgm;");

            migrationBuilder.DropIndex(
                name: "ix_disputes_buyer_id_next_deadline_at_filed_at",
                table: "disputes");

            migrationBuilder.DropIndex(
                name: "ix_disputes_seller_id",
                table: "disputes");

            migrationBuilder.DropIndex(
                name: "ix_disputes_seller_user_id_next_deadline_at_filed_at",
                table: "disputes");

            migrationBuilder.CreateIndex(
                name: "ix_disputes_buyer_id_filed_at",
                table: "disputes",
                columns: new[] { "buyer_id", "filed_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_disputes_seller_id_filed_at",
                table: "disputes",
                columns: new[] { "seller_id", "filed_at" },
                descending: new[] { false, true });
        }
    }
}
