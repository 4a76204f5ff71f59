using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Evidence.Storage;

internal sealed class EvidenceChunkConfiguration : IEntityTypeConfiguration<EvidenceChunk>
{
    /// <summary>The table's name, shared with the raw SQL of <see cref="PostgresEvidenceStore"/>.</summary>
    public const string Table = "evidence_chunks";

    public void Configure(EntityTypeBuilder<EvidenceChunk> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => new { c.EvidenceId, c.ChunkIndex });
        builder.Property(c => c.EvidenceId).HasColumnName("evidence_id");
        builder.Property(c => c.ChunkIndex).HasColumnName("chunk_index").ValueGeneratedNever();
        builder.Property(c => c.Data).HasColumnName("data").HasColumnType("bytea").IsRequired();
    }
}
