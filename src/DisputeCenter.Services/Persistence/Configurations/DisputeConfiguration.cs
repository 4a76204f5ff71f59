using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Returns;
using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    /// <summary>The shadow property mapped to PostgreSQL's xmin: optimistic concurrency without a column of our own.</summary>
    public const string Version = "Version";

    /// <summary>Shadow properties: the HMAC seal over the timeline's length and head, and its key id (see DisputeCenter.Services.Audit).</summary>
    public const string TimelineSealKeyId = "TimelineSealKeyId";

    public const string TimelineSeal = "TimelineSeal";

    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.ToTable("disputes");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property<uint>(Version).IsRowVersion();

        builder.Property(d => d.OrderNumber).HasMaxLength(Dispute.OrderNumberMaxLength).IsRequired();
        builder.Property(d => d.BuyerId).HasMaxLength(Dispute.UserIdMaxLength).IsRequired();
        builder.Property(d => d.SellerUserId).HasMaxLength(Dispute.UserIdMaxLength).IsRequired();
        builder.Property(d => d.Currency).HasMaxLength(3).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(Dispute.DescriptionMaxLength).IsRequired();
        builder.Property(d => d.AssignedModeratorId).HasMaxLength(Dispute.UserIdMaxLength);
        builder.Property(d => d.DecidedByModeratorId).HasMaxLength(Dispute.UserIdMaxLength);
        builder.Property(d => d.AppealedDecisionModeratorId).HasMaxLength(Dispute.UserIdMaxLength);
        builder.Property(d => d.AppealInformation).HasMaxLength(Dispute.StatementMaxLength);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(Dispute.WithdrawalReasonMaxLength);
        builder.Property(d => d.TimelineHead).HasMaxLength(64);
        builder.Property<string>(TimelineSealKeyId).HasMaxLength(TimelineEntryConfiguration.SealKeyIdMaxLength);
        builder.Property<string>(TimelineSeal).HasMaxLength(TimelineEntryConfiguration.SealLength).IsFixedLength();

        builder.ComplexProperty(d => d.AmountPaid, MoneyMapping.Configure);
        builder.ComplexProperty(d => d.RefundedBeforeFiling, MoneyMapping.Configure);
        builder.ComplexProperty(d => d.AmountClaimed, MoneyMapping.Configure);
        builder.ComplexProperty(d => d.Deadlines, snapshot =>
        {
            snapshot.Property(s => s.PolicyId).HasColumnName("deadline_policy_id");
            snapshot.Property(s => s.PolicyVersion).HasColumnName("deadline_policy_version");
        });

        builder.HasOne<Order>().WithMany().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Seller>().WithMany().HasForeignKey(d => d.SellerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SellerConversation>().WithMany().HasForeignKey(d => d.ConversationId).OnDelete(DeleteBehavior.Restrict);

        MapChildren(builder);

        // At most one open dispute per order, whatever races the application loses.
        builder.HasIndex(d => d.OrderId)
            .IsUnique()
            .HasFilter(StatusFilter.NotIn(DisputeStatuses.Ended))
            .HasDatabaseName("ux_disputes_one_open_per_order");

        // The sweeper's query: open clocks, soonest first.
        builder.HasIndex(d => d.NextDeadlineAt).HasFilter("next_deadline_at IS NOT NULL");
        // The moderation queues: one status at a time, stalled cases first, then the platform's deadline.
        builder.HasIndex(d => new { d.Status, d.ModeratorStalled, d.NextDeadlineAt, d.Id })
            .IsDescending(false, true, false, false)
            .IncludeProperties(d => new { d.Reason, d.SellerId, d.AssignedModeratorId })
            .HasFilter(StatusFilter.In(DisputeStatuses.WithModerators))
            .HasDatabaseName("ix_disputes_moderation_queue");

        // The moderation overview: open cases by state, and how many are past their deadline.
        builder.HasIndex(d => new { d.Status, d.NextDeadlineAt })
            .HasFilter(StatusFilter.In(DisputeStatuses.Open))
            .HasDatabaseName("ix_disputes_open_by_state");

        // "Mine": the cases a moderator holds.
        builder.HasIndex(d => new { d.AssignedModeratorId, d.Status })
            .HasFilter("assigned_moderator_id IS NOT NULL")
            .HasDatabaseName("ix_disputes_assigned_moderator");

        // The buyer's disputes and the seller's claims: the lists filter on the account, never on the seller's row.
        builder.HasIndex(d => new { d.BuyerId, d.NextDeadlineAt, d.FiledAt }).IsDescending(false, false, true);
        builder.HasIndex(d => new { d.SellerUserId, d.NextDeadlineAt, d.FiledAt }).IsDescending(false, false, true);
        builder.HasIndex(d => d.SellerId);
        // The API's dispute list: changed since, in the order they changed (a cursor over last_event_at and id).
        builder.HasIndex(d => new { d.LastEventAt, d.Id });
        builder.HasIndex(d => new { d.SellerUserId, d.LastEventAt, d.Id });
    }

    private static void MapChildren(EntityTypeBuilder<Dispute> builder)
    {
        builder.Ignore(d => d.PendingTimeline);
        builder.HasMany(d => d.Offers).WithOne().HasForeignKey("DisputeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Offers).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_offers");
        builder.HasMany(d => d.InformationRequests).WithOne().HasForeignKey("DisputeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.InformationRequests).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_informationRequests");
        builder.HasMany(d => d.Decisions).WithOne().HasForeignKey("DisputeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_decisions");
        builder.HasMany(d => d.Refunds).WithOne().HasForeignKey("DisputeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Refunds).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_refunds");

        // A return is part of its dispute: loaded with it wherever the dispute is loaded.
        builder.HasOne(d => d.Return).WithOne().HasForeignKey<ReturnShipment>("DisputeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Return).AutoInclude();
    }
}
