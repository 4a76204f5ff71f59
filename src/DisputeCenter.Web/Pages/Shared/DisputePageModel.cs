using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Shared;

/// <summary>
/// A party's page of one dispute (the buyer's, the seller's): loads what the party may see and which actions the
/// dispute allows now; after an action, says what happened or shows why it was refused, and keeps a foreign dispute a 404.
/// </summary>
public abstract class DisputePageModel(DisputeOverviewService overviews, TimeProvider clock) : PageModel
{
    public DisputeOverview Overview { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public Dispute Dispute => Overview.Dispute;

    /// <summary>The signed-in user, in the capacity this page shows the dispute to.</summary>
    protected abstract DisputeActor Me { get; }

    public bool Can(DisputeAction action) => Overview.AvailableActions.Contains(action);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    protected async Task<IActionResult> ActAsync(Guid id, Task<Result> action, string done, CancellationToken cancellationToken) =>
        await HandleAsync(id, await action, done, cancellationToken);

    protected async Task<IActionResult> ActAsync<T>(Guid id, Task<Result<T>> action, string done, CancellationToken cancellationToken) =>
        await HandleAsync(id, await action, done, cancellationToken);

    private async Task<IActionResult> HandleAsync(Guid id, Result result, string done, CancellationToken cancellationToken)
    {
        if (result.Status == ResultStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Status"] = Text.T(done);
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Messages);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var overview = await overviews.GetAsync(id, Me, cancellationToken);
        if (overview is null)
        {
            return false;
        }

        Overview = overview;
        return true;
    }
}
