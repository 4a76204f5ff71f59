using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DisputeCenter.Services.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceVault : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evidence_chunks",
                columns: table => new
                {
                    evidence_id = table.Column<Guid>(type: "uuid", nullable: false),
                    chunk_index = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_chunks", x => new { x.evidence_id, x.chunk_index });
                });

            migrationBuilder.CreateTable(
                name: "evidence_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    uploader_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    stored_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    original_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hidden_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    hidden_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hidden_by = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_items_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evidence_items_users_hidden_by",
                        column: x => x.hidden_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evidence_items_users_uploader_id",
                        column: x => x.uploader_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_items_dispute_id_received_at",
                table: "evidence_items",
                columns: new[] { "dispute_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_items_hidden_by",
                table: "evidence_items",
                column: "hidden_by");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_items_stored_name",
                table: "evidence_items",
                column: "stored_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evidence_items_uploader_id",
                table: "evidence_items",
                column: "uploader_id");

            // Media is already compressed: store chunks uncompressed, so a range read fetches only what it needs.
            migrationBuilder.Sql("ALTER TABLE evidence_chunks ALTER COLUMN data SET STORAGE EXTERNAL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evidence_chunks");

            migrationBuilder.DropTable(
                name: "evidence_items");
        }
    }
}
