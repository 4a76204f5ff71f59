using DisputeCenter.Services.Moderation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Moderation.Pages;

/// <summary>How the platform keeps up: open cases by state, overdue and stalled cases, the median time to decision.</summary>
public sealed class OverviewModel(ModerationOverviewService overview) : PageModel
{
    public ModerationOverview Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await overview.GetAsync(cancellationToken);
}
