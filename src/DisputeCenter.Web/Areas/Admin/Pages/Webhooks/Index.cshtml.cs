using DisputeCenter.Services.Integration.Webhooks;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.Webhooks;

/// <summary>
/// Every integration client's webhook endpoints, active or disabled, with their latest deliveries (what was sent, when,
/// how many attempts, what the receiver answered, when the next attempt is due), and a button to send one again.
/// </summary>
public sealed class IndexModel(WebhookService webhooks) : PageModel
{
    public const int DeliveriesEach = 20;

    public IReadOnlyList<AdminEndpointView> Endpoints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Endpoints = await webhooks.OverviewAsync(DeliveriesEach, cancellationToken);

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await webhooks.ResendAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = Text.T("The delivery is queued to be sent again now.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await webhooks.EnableAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = Text.T("The endpoint is on again: its pending deliveries will be sent.");
        return RedirectToPage();
    }
}
