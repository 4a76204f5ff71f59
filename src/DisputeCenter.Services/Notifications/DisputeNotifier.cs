using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Notifications;

/// <summary>
/// Adds the notifications (and their emails, to the outbox) that a dispute's new timeline entries call for, to
/// the unit of work that saves those entries: they commit together or not at all. Never tells an actor about
/// their own action.
/// </summary>
public sealed class DisputeNotifier(DisputeCenterDbContext db, IOptions<EmailOptions> email, ITextRenderer texts)
{
    private readonly Dictionary<string, Recipient> _recipients = new(StringComparer.Ordinal);

    /// <summary>Call before SaveChanges, with the entries about to be saved.</summary>
    public async Task PlanAsync(Dispute dispute, IEnumerable<TimelineEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            foreach (var plan in NotificationPlanner.For(dispute, entry).Where(p => entry.ActorId != UserIdOf(dispute, p.Recipient)))
            {
                var (next, dueAt) = NextStep.For(dispute, plan.Recipient, entry.OccurredAt);
                await NotifyAsync(dispute, plan.Recipient, plan.Kind, plan.Title, [plan.Happened, .. next], dueAt, entry.OccurredAt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Tells one party something about a dispute, in the app and (when they have an address) by email, written in
    /// the language and time zone they chose; <paramref name="body"/> is a list of paragraphs.
    /// </summary>
    public async Task NotifyAsync(
        Dispute dispute,
        Party recipient,
        NotificationKind kind,
        DomainText title,
        IReadOnlyList<DomainText> body,
        DateTimeOffset? dueAt,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(body);
        var userId = UserIdOf(dispute, recipient);
        var to = await RecipientAsync(userId, cancellationToken);
        var notification = Notification.Create(
            userId, recipient, dispute.Id, kind, texts.Render(title, to.Reader), string.Join("\n\n", body.Select(p => texts.Render(p, to.Reader))), dueAt, now);
        db.Notifications.Add(notification);
        if (to.Address is { } address)
        {
            db.OutboxEmails.Add(OutboxEmail.Queue(
                address, to.Name, notification.Title, EmailText.For(notification, to.Name, email.Value.SiteUrl, text => texts.Render(text, to.Reader)), notification.Id, now));
        }
    }

    private static string UserIdOf(Dispute dispute, Party party) => party == Party.Buyer ? dispute.BuyerId : dispute.SellerUserId;

    /// <summary>The user's name, language and time zone, and their address unless they have none or their account is disabled; remembered for the scope.</summary>
    private async Task<Recipient> RecipientAsync(string userId, CancellationToken cancellationToken)
    {
        if (!_recipients.TryGetValue(userId, out var recipient))
        {
            recipient = await db.Users
                .Where(u => u.Id == userId)
                .Select(u => new Recipient(u.IsDisabled ? null : u.Email, u.DisplayName, new Reader(u.Culture, u.TimeZone)))
                .SingleOrDefaultAsync(cancellationToken) ?? new Recipient(null, string.Empty, new Reader(null, null));
            _recipients[userId] = recipient;
        }

        return recipient;
    }

    private sealed record Recipient(string? Address, string Name, Reader Reader);
}
