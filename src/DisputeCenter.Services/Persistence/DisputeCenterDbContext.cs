using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Notifications.Reminders;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Persistence;

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

    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    public DbSet<EvidenceOpening> EvidenceOpenings => Set<EvidenceOpening>();

    public DbSet<DecisionReasonCode> ReasonCodes => Set<DecisionReasonCode>();

    public DbSet<Disputes.FileDispute.FilingDraft> FilingDrafts => Set<Disputes.FileDispute.FilingDraft>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();
}
