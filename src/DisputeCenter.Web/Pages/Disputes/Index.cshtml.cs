using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Disputes;

/// <summary>My disputes: soonest deadline first, each with whose move it is.</summary>
public sealed class IndexModel(DisputeListService disputes, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DisputeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DisputeSummary> Disputes { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Disputes = await disputes.ForBuyerAsync(User.UserId(), Status, PageNumber, cancellationToken);
    }
}
