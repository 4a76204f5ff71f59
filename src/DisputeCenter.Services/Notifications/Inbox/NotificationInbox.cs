using System.Data.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DisputeCenter.Services.Notifications.Inbox;

/// <summary>A user's notifications: the unread count for the header, the list, and marking what they saw as read.</summary>
public sealed partial class NotificationInbox(DisputeCenterDbContext db, TimeProvider clock, ILogger<NotificationInbox> logger)
{
    public const int ListSize = 50;

    /// <summary>How many unread notifications the user has; null when the database cannot say (the header must never break a page).</summary>
    public async Task<int?> UnreadCountAsync(string userId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken);
        }
        catch (DbException e)
        {
            LogCountFailed(logger, e);
            return null;
        }
    }

    /// <summary>The user's newest notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Notifications
            .AsNoTracking()
            .Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(ListSize)
            .ToListAsync(cancellationToken);
        return rows
            .Select(n => new NotificationView(n.Id, n.Kind, n.Title, n.Body, n.DueAt, n.CreatedAt, !n.IsRead, NotificationLinks.PathOf(n)))
            .ToList();
    }

    /// <summary>Marks the given notifications of this user read (others' ids are ignored); returns how many changed.</summary>
    public async Task<int> MarkReadAsync(string userId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var unread = await db.Notifications.Where(n => n.RecipientId == userId && ids.Contains(n.Id) && n.ReadAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count unread notifications; the header shows none")]
    private static partial void LogCountFailed(ILogger logger, Exception exception);
}
