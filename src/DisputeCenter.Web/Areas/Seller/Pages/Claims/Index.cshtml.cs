using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Claims;

/// <summary>Claims against the seller's orders, soonest deadline first, with whose move it is.</summary>
public sealed class IndexModel(DisputeListService disputes, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DisputeStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DisputeSummary> Claims { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Claims = await disputes.ForSellerAsync(User.UserId(), Status, PageNumber, cancellationToken);
    }
}
