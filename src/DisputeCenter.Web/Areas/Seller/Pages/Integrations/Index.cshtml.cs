using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Integrations;

/// <summary>A seller's own API keys: their systems read and answer this seller's claims, and nothing else.</summary>
public sealed class IndexModel(IntegrationClientService clients) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    public IntegrationClientsView View { get; private set; } = new([], null, ChoosesScopes: false);

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await clients.CreateForSellerAsync(Name, User.UserId(), cancellationToken);
        if (result.Status == Services.Common.ResultStatus.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Messages);
        await ShowAsync(result.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var result = await clients.RotateAsync(clientId, User.UserId(), cancellationToken);
        if (result.Status == Services.Common.ResultStatus.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Messages);
        await ShowAsync(result.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid clientId, Guid keyId, CancellationToken cancellationToken) =>
        (await clients.RevokeKeyAsync(clientId, keyId, User.UserId(), cancellationToken)).Succeeded ? RedirectToPage() : NotFound();

    public async Task<IActionResult> OnPostRevokeClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        (await clients.RevokeClientAsync(clientId, User.UserId(), cancellationToken)).Succeeded ? RedirectToPage() : NotFound();

    private async Task ShowAsync(IssuedKey? issued, CancellationToken cancellationToken) =>
        View = new IntegrationClientsView(await clients.ListAsync(User.UserId(), cancellationToken), issued, ChoosesScopes: false);
}
