using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Notifications;

/// <summary>
/// Something a party of a dispute (or a support ticket's customer or moderator) should know: what happened and what
/// comes next, in plain words. Shown in the recipient's account until read; its content never changes.
/// </summary>
public sealed class Notification
{
    public const int UserIdMaxLength = UserId.MaxLength;
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    private Notification()
    {
        RecipientId = null!;
        Title = null!;
        Body = null!;
    }

    private Notification(
        Guid id, string recipientId, Party audience, Guid? disputeId, Guid? supportTicketId, NotificationKind kind, string title, string body, DateTimeOffset? dueAt, DateTimeOffset createdAt)
    {
        Id = id;
        RecipientId = recipientId;
        Audience = audience;
        DisputeId = disputeId;
        SupportTicketId = supportTicketId;
        Kind = kind;
        Title = Clip(title, TitleMaxLength);
        Body = Clip(body, BodyMaxLength);
        DueAt = dueAt?.ToUniversalTime();
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    /// <summary>The user the notification is for.</summary>
    public string RecipientId { get; private set; }

    /// <summary>In which capacity the recipient takes part in the dispute (decides where the link goes).</summary>
    public Party Audience { get; private set; }

    /// <summary>The dispute it is about; null for a support ticket's notification.</summary>
    public Guid? DisputeId { get; private set; }

    /// <summary>The support ticket it is about, if it is about one.</summary>
    public Guid? SupportTicketId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Title { get; private set; }

    /// <summary>Plain text: what happened, then what comes next and by when.</summary>
    public string Body { get; private set; }

    /// <summary>The deadline the recipient must meet next, if any (UTC).</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(
        string recipientId, Party audience, Guid disputeId, NotificationKind kind, string title, string body, DateTimeOffset? dueAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        return new Notification(Guid.CreateVersion7(now), recipientId, audience, disputeId, null, kind, title.Trim(), body.Trim(), dueAt, now);
    }

    /// <summary>About a support ticket, for its customer or the moderator who holds it (the kind says which).</summary>
    public static Notification AboutSupportTicket(string recipientId, Guid ticketId, NotificationKind kind, string title, string body, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        return new Notification(Guid.CreateVersion7(now), recipientId, Party.Buyer, null, ticketId, kind, title.Trim(), body.Trim(), null, now);
    }

    /// <summary>The recipient saw it. Reading again keeps the first instant.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now.ToUniversalTime();

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
