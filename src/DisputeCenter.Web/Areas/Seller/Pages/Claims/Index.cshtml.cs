using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Claims;

/// <summary>Claims against the seller's orders, soonest deadline first, with whose move it is; filtered by status, reason, or awaiting the seller's answer.</summary>
public sealed class IndexModel(DisputeListService disputes, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DisputeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DisputeReason? Reason { get; set; }

    /// <summary>Only the claims whose next move is the seller's answer (the count on the seller's home page links here).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Awaiting { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DisputeSummary> Claims { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public bool IsFiltered => Status is not null || Reason is not null || Awaiting;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Claims = await disputes.ForSellerAsync(User.UserId(), new ClaimFilter(Status, Reason, Awaiting, PageNumber), cancellationToken);
    }
}
