using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Moderation.Pages;

/// <summary>
/// A moderation queue (the escalated cases, or the appeals): the query string is the filter form, so a view can be
/// bookmarked and paged; Take and Release post back with the same query and return to it.
/// </summary>
public abstract class ModerationQueuePageModel(
    ModerationQueueService queue, MediationService mediation, IValidator<ModerationQueueQuery> validator, TimeProvider clock) : PageModel
{
    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        [nameof(ModerationQueueQuery.MinAmount)] = "min",
        [nameof(ModerationQueueQuery.MaxAmount)] = "max",
        [nameof(ModerationQueueQuery.Seller)] = "seller",
        [nameof(ModerationQueueQuery.Reason)] = "reason",
        [nameof(ModerationQueueQuery.Assignment)] = "assignment",
    };

    [BindProperty(SupportsGet = true, Name = "reason")]
    public DisputeReason? Reason { get; set; }

    [BindProperty(SupportsGet = true, Name = "min")]
    public decimal? MinAmount { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public decimal? MaxAmount { get; set; }

    [BindProperty(SupportsGet = true, Name = "seller")]
    public string? Seller { get; set; }

    [BindProperty(SupportsGet = true, Name = "assignment")]
    public QueueAssignment Assignment { get; set; } = QueueAssignment.Everyone;

    [BindProperty(SupportsGet = true, Name = "overdue")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<QueueRow>? Cases { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>A refusal from the last Take or Release, shown above the queue.</summary>
    [TempData]
    public string? QueueError { get; set; }

    public abstract QueueStage CurrentStage { get; }

    /// <summary>Whether a filter narrows the queue (the stage is which queue it is, not a filter).</summary>
    public bool IsFiltered =>
        Reason is not null || MinAmount is not null || MaxAmount is not null || !string.IsNullOrWhiteSpace(Seller) || Assignment != QueueAssignment.Everyone || OverdueOnly;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var query = new ModerationQueueQuery
        {
            Stage = CurrentStage,
            Reason = Reason,
            MinAmount = MinAmount,
            MaxAmount = MaxAmount,
            Seller = Seller,
            Assignment = Assignment,
            OverdueOnly = OverdueOnly,
            Page = PageNumber,
        };
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            foreach (var failure in validation.Errors)
            {
                ModelState.AddModelError(FieldOf.GetValueOrDefault(failure.PropertyName, string.Empty), Text.T(failure.ErrorMessage));
            }

            return Page();
        }

        Cases = await queue.ListAsync(User.UserId(), query, cancellationToken);
        return Page();
    }

    /// <summary>Takes the case and opens it; a refusal comes back to the queue as a message.</summary>
    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediation.AssignAsync(id, User.UserId(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/Moderation/Cases/{id}");
        }

        QueueError = Explain(result);
        return Redirect(QueryFor(PageNumber));
    }

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediation.ReleaseAsync(id, User.UserId(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = Text.T("You released the case; it is back in the queue.");
        }
        else
        {
            QueueError = Explain(result);
        }

        return Redirect(QueryFor(PageNumber));
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>This page with the current filters, at <paramref name="page"/>.</summary>
    public string QueryFor(int page) => Request.Path + QueryString.Create(FilterValues(page)).ToUriComponent();

    /// <summary>The case and the current filters as route values, for the Take and Release forms to post back with.</summary>
    public IDictionary<string, string> RouteFor(Guid id)
    {
        var values = FilterValues(PageNumber).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        values["id"] = id.ToString();
        return values;
    }

    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraFilters => [];

    private IEnumerable<KeyValuePair<string, string?>> FilterValues(int page) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["reason"] = Reason?.ToString(),
        ["min"] = MinAmount?.ToString(CultureInfo.InvariantCulture),
        ["max"] = MaxAmount?.ToString(CultureInfo.InvariantCulture),
        ["seller"] = Seller,
        ["assignment"] = Assignment == QueueAssignment.Everyone ? null : Assignment.ToString(),
        ["overdue"] = OverdueOnly ? "true" : null,
        ["p"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    }.Concat(ExtraFilters).Where(pair => !string.IsNullOrEmpty(pair.Value));

    private static string Explain(Result result) => result.Status switch
    {
        ResultStatus.NotFound => Text.T("That case no longer exists."),
        ResultStatus.Conflict => Text.T("Someone else changed this case a moment ago, so nothing was saved. Please look at it again and retry."),
        _ => string.Join(" ", result.Messages.Select(Text.T)),
    };
}
