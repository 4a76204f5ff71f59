using DisputeCenter.Services.Notifications.Inbox;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Pages.Shared.Components.NotificationBell;

/// <summary>The header's link to the notifications, with how many the signed-in user has not read (<c>Default.cshtml</c>).</summary>
public sealed class NotificationBellViewComponent(NotificationInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true)
        {
            return Content(string.Empty);
        }

        var unread = await inbox.UnreadCountAsync(UserClaimsPrincipal.UserId(), HttpContext.RequestAborted) ?? 0;
        return View(unread);
    }
}
