using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Deadlines.PolicyTable;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.DeadlinePolicy;

/// <summary>The deadline policy table: each row's clocks in force, where their defaults come from, and every version.</summary>
public sealed class IndexModel(DeadlinePolicyService policies) : PageModel
{
    public IReadOnlyList<PolicyRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await policies.TableAsync(cancellationToken);
}
