using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Notifications;

namespace DisputeCenter.Services.Notifications;

/// <summary>Where a party follows a dispute: buyers in their disputes, sellers in the seller centre's claims.</summary>
public static class NotificationLinks
{
    /// <summary>Where the notification's link goes: its dispute, or its support ticket.</summary>
    public static string PathOf(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.SupportTicketId is { } ticketId
            ? SupportTicketPath(notification.Kind, ticketId)
            : DisputePath(notification.Audience, notification.DisputeId ?? Guid.Empty);
    }

    /// <summary>Customers follow their tickets in the help desk; the moderator told of a customer's message in the support queue.</summary>
    public static string SupportTicketPath(NotificationKind kind, Guid ticketId) =>
        kind == NotificationKind.SupportCustomerWrote ? $"/Moderation/Support/{ticketId}" : $"/Support/Tickets/{ticketId}";

    public static string DisputePath(Party audience, Guid disputeId) =>
        audience == Party.Seller ? $"/Seller/Claims/{disputeId}" : $"/Disputes/{disputeId}";
}
