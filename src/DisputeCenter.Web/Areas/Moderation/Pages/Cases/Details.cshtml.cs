using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Moderation.Pages.Cases;

/// <summary>
/// A case as the moderator works it: both sides side by side, the order, the evidence (and which items this moderator
/// opened), the verified timeline; take or release it, request information, decide. Forms carry the timeline length
/// they were shown with; a stale form is refused, keeps its input and shows what changed.
/// </summary>
public sealed class DetailsModel(CaseFileService cases, MediationService mediation, TimeProvider clock) : PageModel
{
    /// <summary>The field of the decision form that shows a refusal about <paramref name="subject"/>.</summary>
    private static string DecideField(RuleSubject subject) => subject switch
    {
        RuleSubject.ReasonCode => $"{nameof(Decide)}.{nameof(DecideInput.ReasonCode)}",
        RuleSubject.Rationale => $"{nameof(Decide)}.{nameof(DecideInput.Rationale)}",
        RuleSubject.Amount => $"{nameof(Decide)}.{nameof(DecideInput.Amount)}",
        RuleSubject.Citations => $"{nameof(Decide)}.{nameof(DecideInput.Citations)}",
        _ => string.Empty,
    };

    /// <summary>The field of the request form that shows a refusal about <paramref name="subject"/>.</summary>
    private static string AskField(RuleSubject subject) => subject switch
    {
        RuleSubject.RequestedInformation => $"{nameof(Ask)}.{nameof(AskInput.What)}",
        RuleSubject.DueDate => $"{nameof(Ask)}.{nameof(AskInput.Hours)}",
        _ => string.Empty,
    };

    public CaseFile Case { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    /// <summary>The timeline entries added since the moderator's stale form was shown; empty otherwise.</summary>
    public IReadOnlyList<Domain.Disputes.Timeline.TimelineEntry> Changes { get; private set; } = [];

    [BindProperty]
    public DecideInput Decide { get; set; } = new();

    [BindProperty]
    public AskInput Ask { get; set; } = new();

    public Dispute Dispute => Case.Dispute;

    public bool Can(ModeratorAction action) => Case.Actions.Contains(action);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Ask.Hours = (int)Math.Round(Dispute.Deadlines.InformationRequestDefault.TotalHours);
        return Page();
    }

    public async Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken cancellationToken) =>
        await HandleAsync(id, await mediation.AssignAsync(id, User.UserId(), cancellationToken), "The case is yours now. Its clock for your action is running.", _ => string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        await HandleAsync(id, await mediation.ReleaseAsync(id, User.UserId(), cancellationToken), "The case is back in the queue.", _ => string.Empty, cancellationToken);

    public async Task<IActionResult> OnPostRequestAsync(Guid id, CancellationToken cancellationToken)
    {
        var dueAt = clock.GetUtcNow().AddHours(Ask.Hours ?? 0);
        var result = await mediation.RequestInformationAsync(
            id, User.UserId(), Ask.From, Ask.What ?? string.Empty, dueAt, Ask.IfMissed, Ask.SeenVersion, cancellationToken);
        return await HandleAsync(id, result, "Your request went to the party, with its deadline, by notification and email.", AskField, cancellationToken, Ask.SeenVersion);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        var command = new DecideCommand(
            Decide.Outcome, Decide.Amount, Decide.ReasonCode ?? string.Empty, Decide.Rationale ?? string.Empty, Decide.Citations, Decide.SeenVersion);
        var result = await mediation.DecideAsync(id, User.UserId(), command, cancellationToken);
        return await HandleAsync(id, result, "The decision is recorded and both parties are told.", DecideField, cancellationToken, Decide.SeenVersion);
    }

    private async Task<IActionResult> HandleAsync(
        Guid id, Result result, string done, Func<RuleSubject, string> fieldFor, CancellationToken cancellationToken, int? seenVersion = null)
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

        ModelState.AddErrors(fieldFor(result.Subject), result.Messages);

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (result.Subject == RuleSubject.SeenVersion && seenVersion is { } seen)
        {
            Changes = Case.ChangesSince(seen);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var file = await cases.GetAsync(id, User.UserId(), cancellationToken);
        if (file is null)
        {
            return false;
        }

        Case = file;
        return true;
    }

    public sealed class DecideInput
    {
        public Outcome Outcome { get; set; } = Outcome.PartialRefund;

        public decimal? Amount { get; set; }

        public string? ReasonCode { get; set; }

        public string? Rationale { get; set; }

        public List<string> Citations { get; set; } = [];

        public int SeenVersion { get; set; }
    }

    public sealed class AskInput
    {
        public Party From { get; set; } = Party.Buyer;

        public string? What { get; set; }

        public int? Hours { get; set; }

        public MissedRequestConsequence IfMissed { get; set; } = MissedRequestConsequence.DecideOnAvailableEvidence;

        public int SeenVersion { get; set; }
    }
}
