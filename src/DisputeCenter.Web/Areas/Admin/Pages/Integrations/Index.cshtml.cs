using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.Integrations;

/// <summary>The marketplace's API clients: made with the scopes they need, a key shown once, rotated and revoked.</summary>
public sealed class IndexModel(IntegrationClientService clients) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    public IntegrationClientsView View { get; private set; } = new([], null, ChoosesScopes: true);

    public Task OnGetAsync(CancellationToken cancellationToken) => ShowAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await clients.CreateAsync(Name, Scopes, User.UserId(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Messages);
        }

        await ShowAsync(result.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var result = await clients.RotateAsync(clientId, sellerUserId: null, cancellationToken);
        if (result.Status == Services.Common.ResultStatus.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Messages);
        await ShowAsync(result.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid clientId, Guid keyId, CancellationToken cancellationToken) =>
        (await clients.RevokeKeyAsync(clientId, keyId, sellerUserId: null, cancellationToken)).Succeeded ? RedirectToPage() : NotFound();

    public async Task<IActionResult> OnPostRevokeClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        (await clients.RevokeClientAsync(clientId, sellerUserId: null, cancellationToken)).Succeeded ? RedirectToPage() : NotFound();

    private async Task ShowAsync(IssuedKey? issued, CancellationToken cancellationToken) =>
        View = new IntegrationClientsView(await clients.ListAsync(sellerUserId: null, cancellationToken), issued, ChoosesScopes: true);
}
