using DisputeCenter.Services.Notifications.Inbox;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first; the ones shown are marked read.</summary>
public sealed class IndexModel(NotificationInbox inbox) : PageModel
{
    public IReadOnlyList<NotificationView> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notifications = await inbox.ListAsync(User.UserId(), cancellationToken);
        await inbox.MarkReadAsync(User.UserId(), Notifications.Where(n => n.IsNew).Select(n => n.Id).ToList(), cancellationToken);
    }
}
