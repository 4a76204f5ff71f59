using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>
    /// The assigned moderator decides, on the case as shown (<see cref="DecisionBasis.SeenVersion"/>), with an
    /// active reason code, citing at least one item of evidence or statement of this dispute, after opening every
    /// submitted item of evidence of both sides. <paramref name="amount"/> is the total granted for the dispute: required
    /// for a partial refund or compensation; a full refund or return and refund grants the whole refundable
    /// amount; a replacement or rejection grants no money. A first decision opens the appeal window; a decision
    /// on appeal replaces the outcome and closes the case. Refunds are only ever added: an appeal that grants
    /// more adds the difference, one that grants less claws nothing back.
    /// </summary>
    public Decision Decide(
        string moderatorId, Outcome outcome, Money? amount, string reasonCode, string rationale, DecisionBasis basis, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(basis);
        GuardModerator("decide", moderatorId);
        ConfirmUnchangedSince(basis.SeenVersion);
        CheckRule(new ReasonCodeMustBeGivenRule(reasonCode));
        CheckRule(new ReasonCodeMustBeActiveRule(reasonCode, basis.ActiveReasonCodes));
        CheckRule(new RationaleMustBeGivenRule(rationale));
        CheckRule(new DecisionAmountMustSuitOutcomeRule(outcome, amount, RefundableAtFiling));
        var citations = basis.Citations.Distinct().ToList();
        CheckRule(new DecisionMustCiteEvidenceRule(citations));
        var answers = _informationRequests.Where(r => r.Answer is not null).Select(r => r.Id).ToHashSet();
        CheckRule(new CitationsMustBelongToTheDisputeRule(citations, basis.SubmittedEvidence.Keys.ToHashSet(), basis.CitableStatements, answers));
        CheckRule(new EvidenceMustBeOpenedBeforeDecidingRule(basis.SubmittedEvidence, basis.OpenedEvidence));
        return RecordDecision(moderatorId, ActorKind.Moderator, outcome, amount, reasonCode.Trim(), rationale.Trim(), now.ToUniversalTime(), citations);
    }

    /// <summary>Refuses when the timeline grew since the moderator saw <paramref name="seenVersion"/> entries: a stale form never overwrites.</summary>
    private void ConfirmUnchangedSince(int seenVersion) => CheckRule(new CaseMustNotHaveChangedSinceOpenedRule(seenVersion, TimelineLength));

    /// <summary>Either party appeals a decision once, within the appeal window, with new information.</summary>
    public void Appeal(Party party, string userId, string newInformation, DateTimeOffset now)
    {
        GuardAppeal(party, userId, now);
        CheckRule(new AppealMustBringNewInformationRule(newInformation));
        var utcNow = now.ToUniversalTime();
        AppealedAt = utcNow;
        AppealedBy = party;
        AppealInformation = newInformation.Trim();
        AppealedDecisionModeratorId = DecidedByModeratorId;
        AssignedModeratorId = null;
        AssignedAt = null;
        Status = DisputeStatus.UnderAppeal;
        NextDeadlineAt = utcNow + Deadlines.ModeratorAction;
        Record(new TimelineEvent.Appealed(AppealInformation!), ActorOf(party), userId, utcNow);
    }

    private Decision RecordDecision(
        string moderatorId,
        ActorKind actor,
        Outcome outcome,
        Money? amount,
        string reasonCode,
        string rationale,
        DateTimeOffset now,
        IReadOnlyCollection<Citation>? citations = null)
    {
        var onAppeal = Status == DisputeStatus.UnderAppeal;
        var granted = outcome switch
        {
            Disputes.Outcome.FullRefund or Disputes.Outcome.ReturnAndRefund => RefundableAtFiling,
            Disputes.Outcome.PartialRefund or Disputes.Outcome.Compensation => amount,
            _ => null,
        };
        var decision = new Decision(Guid.CreateVersion7(now), outcome, granted, reasonCode, rationale, moderatorId, now, onAppeal, citations ?? []);
        _decisions.Add(decision);
        // A return and refund sends the goods back before the money, once: after a return ended, the refund is due at once.
        var startsReturn = outcome == Disputes.Outcome.ReturnAndRefund && Return is null && granted > TotalRefunded;
        if (!startsReturn && granted is { } total && total > TotalRefunded)
        {
            AddRefund(total - TotalRefunded, onAppeal ? RefundCause.Appeal : RefundCause.Decision, now);
        }

        Outcome = outcome;
        DecidedAt = now;
        DecidedByModeratorId = moderatorId;
        LapseStandingOffers(now);
        Status = startsReturn ? DisputeStatus.AwaitingReturn : DisputeStatus.Decided;
        NextDeadlineAt = onAppeal ? null : now + Deadlines.AppealWindow;
        Record(new TimelineEvent.Decided(decision.Id, outcome, granted, reasonCode, rationale, [.. citations ?? []], onAppeal), actor, moderatorId, now);
        if (startsReturn)
        {
            OpenReturn(onAppeal ? Returns.ReturnOrigin.DecisionOnAppeal : Returns.ReturnOrigin.Decision, granted!.Value - TotalRefunded, now);
        }
        else if (onAppeal)
        {
            Close(DisputeStatus.Closed, now);
            Record(new TimelineEvent.Closed(ClosureReason.DecidedOnAppeal), ActorKind.System, null, now);
        }

        return decision;
    }

    private void GuardAppeal(Party party, string userId, DateTimeOffset now)
    {
        CheckRule(new DisputeCanBeAppealedOnceRule(AppealedAt));
        CheckStatus("appeal", DisputeStatus.Decided);
        CheckParty(party, userId);
        CheckRule(new AppealMustBeWithinWindowRule(AppealDueAt!.Value, now));
    }
}
