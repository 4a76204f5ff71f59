using System.Globalization;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Web.Help;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Help;

/// <summary>The help centre: its articles, the deadlines in force at a glance, and a search (a plain GET form, no script).</summary>
public sealed class IndexModel(HelpLibrary library, DeadlinePolicyService policies) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>What the search found; null when nothing was searched for.</summary>
    public HelpSearch? Search { get; private set; }

    public IReadOnlyList<HelpArticle> Articles { get; private set; } = [];

    public HelpDeadlines Deadlines { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        Articles = library.All(culture);
        Deadlines = HelpDeadlines.From(await policies.CurrentAsync(cancellationToken));
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Search = library.Search(Query, culture);
            Query = Search.Query;
        }
    }
}
