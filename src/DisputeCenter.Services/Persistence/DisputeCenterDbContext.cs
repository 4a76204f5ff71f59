using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Domain.Orders;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Persistence;

/// <summary>
/// The database: the domain's aggregates and Identity's tables. The tables one use case keeps for itself (the email
/// outbox, deadline reminders, filing drafts, evidence chunks) are mapped and reached from that use case's folder
/// (<c>OutboxEmailConfiguration</c> and its <c>db.OutboxEmails</c>), so this type knows none of them.
/// </summary>
public sealed class DisputeCenterDbContext(DbContextOptions<DisputeCenterDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Seller> Sellers => Set<Seller>();

    public DbSet<ProductCategory> ProductCategories => Set<ProductCategory>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DeadlinePolicy> DeadlinePolicies => Set<DeadlinePolicy>();

    public DbSet<SellerConversation> SellerConversations => Set<SellerConversation>();

    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<TimelineEntry> DisputeEvents => Set<TimelineEntry>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<RefundPayout> RefundPayouts => Set<RefundPayout>();

    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    public DbSet<EvidenceOpening> EvidenceOpenings => Set<EvidenceOpening>();

    public DbSet<DecisionReasonCode> ReasonCodes => Set<DecisionReasonCode>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>
    /// Detects changes once per save. The interceptors that seal the timeline and write the API's events each read the
    /// change tracker, and every read would scan every tracked entity again (an ingestion batch tracks thousands); they
    /// only add entities and set values through the tracker, which needs no second scan.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var once = DetectChangesOnce();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var once = DetectChangesOnce();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private AutoDetectPaused DetectChangesOnce()
    {
        if (!ChangeTracker.AutoDetectChangesEnabled)
        {
            return new AutoDetectPaused(null);
        }

        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return new AutoDetectPaused(ChangeTracker);
    }

    private readonly struct AutoDetectPaused(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker? tracker) : IDisposable
    {
        public void Dispose()
        {
            if (tracker is not null)
            {
                tracker.AutoDetectChangesEnabled = true;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum is stored by name, so the data reads the same as the code and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(DisputeCenterDbContext).Assembly);
    }
}
