using System.Globalization;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Support;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Moderation.Pages.Support;

/// <summary>The support queue: tickets waiting for support, the longest waiting first; or those waiting for the customer, or closed.</summary>
public sealed class IndexModel(SupportQueueService lists) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public SupportQueueView View { get; set; } = SupportQueueView.Open;

    [BindProperty(SupportsGet = true, Name = "topic")]
    public SupportTopic? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool MineOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<SupportTicketRow>? Tickets { get; private set; }

    public bool IsFiltered => Topic is not null || MineOnly;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(View) || (Topic is { } topic && !Enum.IsDefined(topic)))
        {
            return Page();
        }

        Tickets = await lists.QueueAsync(User.UserId(), new SupportQueueQuery { View = View, Topic = Topic, MineOnly = MineOnly, Page = PageNumber }, cancellationToken);
        return Page();
    }

    /// <summary>This queue with its filters, at <paramref name="page"/> (and in <paramref name="view"/> when given).</summary>
    public string QueryFor(int page, SupportQueueView? view = null) => Request.Path + QueryString.Create(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["view"] = (view ?? View) == SupportQueueView.Open ? null : (view ?? View).ToString(),
        ["topic"] = Topic?.ToString(),
        ["mine"] = MineOnly ? "true" : null,
        ["p"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();
}
