using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    public const string MissedRequestReasonCode = "missed-information-request";

    /// <summary>True when the current clock ran out (strictly after <see cref="NextDeadlineAt"/>).</summary>
    public bool IsOverdueAt(DateTimeOffset now) => NextDeadlineAt is { } deadline && now > deadline;

    /// <summary>
    /// Applies the consequence of the deadline that ran out, for the sweeper. Refuses with
    /// <see cref="DeadlineMustHavePassedRule"/> when nothing is overdue, so a second call changes nothing.
    /// </summary>
    public DeadlineConsequence ApplyOverdueDeadline(DateTimeOffset now)
    {
        CheckRule(new DeadlineMustHavePassedRule(NextDeadlineAt, now));
        var utcNow = now.ToUniversalTime();
        return Status switch
        {
            DisputeStatus.AwaitingSeller or DisputeStatus.Negotiating => EscalateAutomatically(utcNow),
            DisputeStatus.AwaitingInformation => ApplyMissedRequest(utcNow),
            DisputeStatus.InMediation or DisputeStatus.UnderAppeal => FlagModeratorStalled(utcNow),
            DisputeStatus.Decided => CloseAfterAppealWindow(utcNow),
            DisputeStatus.AwaitingReturn => ApplyReturnDeadline(utcNow),
            _ => throw new InvalidOperationException($"A {Status} dispute has no clock running."),
        };
    }

    private DeadlineConsequence ApplyMissedRequest(DateTimeOffset now)
    {
        var from = Status;
        var request = OpenInformationRequest!;
        request.RecordMissed(now);
        Record(new TimelineEvent.InformationRequestMissed(request.Id, request.IfMissed), ActorKind.System, null, now);

        if (request.IfMissed == MissedRequestConsequence.DecideOnAvailableEvidence)
        {
            Status = MediationStatus;
            NextDeadlineAt = now + Deadlines.ModeratorAction;
            return new(DeadlineConsequenceKind.ReturnedToModerator, from, Status, request.DueAt, DisputeTexts.PartyMissedRequest);
        }

        if (request.RequestedFrom == Party.Buyer)
        {
            return BuyerMissedRequest(from, request, now);
        }

        Status = MediationStatus;
        var claim = StandingOfferBy(Party.Buyer) ?? _offers[0];
        RecordDecision(
            request.RequestedByModeratorId,
            ActorKind.System,
            ToOutcome(claim.Kind),
            claim.Amount,
            MissedRequestReasonCode,
            $"The seller did not provide the requested information by {UtcText.Format(request.DueAt)}; decided for the buyer's claim ({claim}).",
            now);
        return new(DeadlineConsequenceKind.DecidedForBuyerSellerSilent, from, Status, request.DueAt, DisputeTexts.SellerMissedRequest);
    }

    private DeadlineConsequence BuyerMissedRequest(DisputeStatus from, InformationRequest request, DateTimeOffset now)
    {
        AssignedModeratorId = null;
        if (AppealedAt is not null)
        {
            Status = DisputeStatus.Decided;
            Close(DisputeStatus.Closed, now);
            Record(new TimelineEvent.Closed(ClosureReason.AppealDismissedBuyerSilent), ActorKind.System, null, now);
            return new(DeadlineConsequenceKind.AppealDismissedBuyerSilent, from, Status, request.DueAt, DisputeTexts.BuyerMissedRequestOnAppeal);
        }

        Outcome = Disputes.Outcome.Rejected;
        Close(DisputeStatus.Expired, now);
        Record(new TimelineEvent.Expired(), ActorKind.System, null, now);
        return new(DeadlineConsequenceKind.ExpiredBuyerSilent, from, Status, request.DueAt, DisputeTexts.BuyerMissedRequest);
    }

    private DeadlineConsequence FlagModeratorStalled(DateTimeOffset now)
    {
        var missed = NextDeadlineAt!.Value;
        var stalledModerator = AssignedModeratorId;
        ModeratorStalled = true;
        AssignedModeratorId = null;
        AssignedAt = null;
        NextDeadlineAt = now + Deadlines.ModeratorAction;
        Record(new TimelineEvent.ModeratorStalled(stalledModerator), ActorKind.System, null, now);
        return new(DeadlineConsequenceKind.ModeratorStalled, Status, Status, missed, DisputeTexts.ModeratorStalled);
    }

    private DeadlineConsequence CloseAfterAppealWindow(DateTimeOffset now)
    {
        var missed = NextDeadlineAt!.Value;
        Close(DisputeStatus.Closed, now);
        Record(new TimelineEvent.Closed(ClosureReason.AppealWindowClosed), ActorKind.System, null, now);
        return new(DeadlineConsequenceKind.Closed, DisputeStatus.Decided, Status, missed, DisputeTexts.NobodyAppealed);
    }
}
