using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Accounts.Sessions;

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> builder)
    {
        builder.ToTable("account_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.Address).HasMaxLength(AccountSession.AddressMaxLength).IsRequired();
        builder.Property(s => s.Browser).HasMaxLength(AccountSession.BrowserMaxLength).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);

        // The account page's list: an account's sessions, newest first.
        builder.HasIndex(s => new { s.UserId, s.SignedInAt }).IsDescending(false, true);
    }
}

/// <summary>The sessions table, a table of this folder's own: the database type does not know it.</summary>
public static class AccountSessionTable
{
    extension(DisputeCenterDbContext db)
    {
        public DbSet<AccountSession> AccountSessions => db.Set<AccountSession>();
    }
}
