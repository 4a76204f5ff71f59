using System.Globalization;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Web.Help;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Help;

/// <summary>One article of the help centre in the reader's language, with the deadlines of the policy in force filled in.</summary>
public sealed class ArticleModel(HelpLibrary library, DeadlinePolicyService policies) : PageModel
{
    public HelpArticle Article { get; private set; } = null!;

    public IReadOnlyList<HelpArticle> Others { get; private set; } = [];

    public HelpDeadlines Deadlines { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        if (library.Find(slug, culture) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Others = library.All(culture).Where(a => a.Slug != slug).ToList();
        Deadlines = HelpDeadlines.From(await policies.CurrentAsync(cancellationToken));
        return Page();
    }
}
