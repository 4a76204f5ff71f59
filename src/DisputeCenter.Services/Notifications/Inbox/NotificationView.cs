using DisputeCenter.Domain.Notifications;

namespace DisputeCenter.Services.Notifications.Inbox;

/// <summary>One notification as its recipient sees it, with the link to its dispute or support ticket.</summary>
public sealed record NotificationView(
    Guid Id, NotificationKind Kind, string Title, string Body, DateTimeOffset? DueAt, DateTimeOffset CreatedAt, bool IsNew, string Link);
