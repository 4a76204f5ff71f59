using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Notifications;
using static DisputeCenter.Services.Notifications.NotificationWording;

namespace DisputeCenter.Services.Notifications.Email;

/// <summary>The plain-text email that repeats a notification, in the recipient's language (<c>write</c> renders a text for them).</summary>
internal static class EmailText
{
    public static string For(Notification notification, string? recipientName, string? siteUrl, Func<DomainText, string> write)
    {
        var path = NotificationLinks.PathOf(notification);
        var support = notification.SupportTicketId is not null;
        var link = (string.IsNullOrWhiteSpace(siteUrl), support) switch
        {
            (true, false) => Say($"Sign in to DisputeCenter to see the dispute ({path})."),
            (false, false) => Say($"See the dispute: {siteUrl!.TrimEnd('/') + path}"),
            (true, true) => Say($"Sign in to DisputeCenter to see the support ticket ({path})."),
            (false, true) => Say($"See the support ticket: {siteUrl!.TrimEnd('/') + path}"),
        };
        var greeting = string.IsNullOrWhiteSpace(recipientName) ? Say($"Hello,") : Say($"Hello {recipientName},");
        var footer = support
            ? Say($"DisputeCenter support. You receive this email because you opened or handle this support ticket.")
            : Say($"DisputeCenter. You receive this email because you are a party to this dispute.");
        return $"{write(greeting)}\n\n{notification.Body}\n\n{write(link)}\n\n--\n{write(footer)}\n";
    }
}
