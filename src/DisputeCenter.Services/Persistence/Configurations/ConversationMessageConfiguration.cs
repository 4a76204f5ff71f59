using DisputeCenter.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("conversation_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorUserId).HasMaxLength(ConversationMessage.UserIdMaxLength).IsRequired();
        builder.Property(m => m.Body).HasMaxLength(ConversationMessage.BodyMaxLength).IsRequired();
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey("MessageId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_attachments");
    }
}
