using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

/// <summary>The append-only, hash-chained timeline. Payload is text, not jsonb: jsonb would re-encode it and break the hashes.</summary>
internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    /// <summary>Shadow properties: the id of the key that sealed the row, and the HMAC-SHA256 seal (see DisputeCenter.Services.Audit).</summary>
    public const string SealKeyId = "SealKeyId";

    public const string Seal = "Seal";

    public const int SealKeyIdMaxLength = 32;

    public const int SealLength = 64;

    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("dispute_events");
        builder.HasKey(e => new { e.DisputeId, e.Sequence });
        builder.Property(e => e.ActorId).HasMaxLength(TimelineEntry.ActorIdMaxLength);
        builder.Property(e => e.Payload).HasColumnType("text").IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(TimelineEntry.HashLength).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(TimelineEntry.HashLength).IsFixedLength().IsRequired();
        builder.Property<string>(SealKeyId).HasMaxLength(SealKeyIdMaxLength);
        builder.Property<string>(Seal).HasMaxLength(SealLength).IsFixedLength();
        builder.Ignore(e => e.Event);
        builder.HasOne<Dispute>().WithMany().HasForeignKey(e => e.DisputeId).OnDelete(DeleteBehavior.Restrict);
    }
}
