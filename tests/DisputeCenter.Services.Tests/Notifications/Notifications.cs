using DisputeCenter.Domain.Notifications;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Tests.Notifications;

/// <summary>Reads what the notifier wrote for a user.</summary>
internal static class Notifications
{
    public static Task<List<Notification>> ForAsync(this DatabaseFixture db, string userId) =>
        db.WithDbAsync(d => d.Notifications.AsNoTracking().Where(n => n.RecipientId == userId).OrderBy(n => n.CreatedAt).ToListAsync());

    public static Task<List<OutboxEmail>> EmailsToAsync(this DatabaseFixture db, string address) =>
        db.WithDbAsync(d => d.OutboxEmails.AsNoTracking().Where(e => e.ToAddress == address).OrderBy(e => e.CreatedAt).ToListAsync());
}
