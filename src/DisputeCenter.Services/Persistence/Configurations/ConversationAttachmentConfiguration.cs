using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class ConversationAttachmentConfiguration : IEntityTypeConfiguration<ConversationAttachment>
{
    private const int EnumMaxLength = 32;

    public void Configure(EntityTypeBuilder<ConversationAttachment> builder)
    {
        builder.ToTable("conversation_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OriginalName).HasMaxLength(EvidenceFileName.MaxLength).IsRequired();
        builder.Property(a => a.Format).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(a => a.Sha256).HasMaxLength(EvidenceItem.Sha256Length).IsFixedLength().IsRequired();
        builder.Ignore(a => a.MimeType);
        builder.Ignore(a => a.Family);
    }
}
