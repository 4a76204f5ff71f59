using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Notifications;

namespace DisputeCenter.Services.Notifications;

/// <summary>One party should hear about one timeline entry: the kind, a title, and what happened in plain words.</summary>
internal sealed record PlannedNotification(Party Recipient, NotificationKind Kind, DomainText Title, DomainText Happened);
