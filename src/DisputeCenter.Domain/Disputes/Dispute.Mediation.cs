using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>
    /// A party asks the platform to step in: either party while negotiating; the buyer also when the seller
    /// let its response time run out (the seller is then marked unresponsive).
    /// </summary>
    public void RequestMediation(Party party, string userId, DateTimeOffset now)
    {
        GuardRequestMediation(party, userId, now);
        if (Status == DisputeStatus.AwaitingSeller)
        {
            SellerUnresponsive = true;
        }

        Escalate(ActorOf(party), userId, EscalationReason.Requested, now.ToUniversalTime());
    }

    private void GuardRequestMediation(Party party, string userId, DateTimeOffset now)
    {
        CheckStatus("ask for mediation", DisputeStatus.AwaitingSeller, DisputeStatus.Negotiating);
        CheckParty(party, userId);
        if (Status == DisputeStatus.AwaitingSeller)
        {
            CheckRule(new OnlyTheBuyerCanEscalateAnUnansweredDisputeRule(party));
            CheckRule(new SellerResponseTimeMustHaveRunOutRule(SellerResponseDueAt, now));
        }
    }

    /// <summary>The sweeper escalates a dispute whose seller-response or negotiation deadline passed.</summary>
    public DeadlineConsequence EscalateAutomatically(DateTimeOffset now)
    {
        CheckStatus("escalate the dispute automatically", DisputeStatus.AwaitingSeller, DisputeStatus.Negotiating);
        CheckRule(new DeadlineMustHavePassedRule(NextDeadlineAt, now));
        var from = Status;
        var missed = NextDeadlineAt!.Value;
        var sellerSilent = Status == DisputeStatus.AwaitingSeller;
        SellerUnresponsive |= sellerSilent;
        Escalate(ActorKind.System, null, sellerSilent ? EscalationReason.SellerUnresponsive : EscalationReason.NegotiationTimedOut, now.ToUniversalTime());
        return sellerSilent
            ? new(DeadlineConsequenceKind.EscalatedSellerUnresponsive, from, Status, missed, DisputeTexts.SellerDidNotAnswer)
            : new(DeadlineConsequenceKind.EscalatedNegotiationTimedOut, from, Status, missed, DisputeTexts.PartiesDidNotSettle);
    }

    /// <summary>A moderator takes the case from the queue and must act within the policy's moderator time.</summary>
    public void AssignModerator(string moderatorId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moderatorId);
        GuardAssign(moderatorId);
        var utcNow = now.ToUniversalTime();
        AssignedModeratorId = moderatorId;
        AssignedAt = utcNow;
        ModeratorStalled = false;
        NextDeadlineAt = utcNow + Deadlines.ModeratorAction;
        Record(new TimelineEvent.ModeratorAssigned(), ActorKind.Moderator, moderatorId, utcNow);
    }

    /// <summary>
    /// The rules a moderator taking a case must pass, in the order they are checked. Given as plain values so
    /// that a queue can ask them of rows it projected, without loading each case.
    /// </summary>
    public static IEnumerable<IBusinessRule> RulesToAssign(
        DisputeStatus status, string? assignedModeratorId, string buyerId, string sellerUserId, string? appealedDecisionModeratorId, string moderatorId)
    {
        yield return new DisputeMustBeInStatusRule(status, "take this case", DisputeStatus.InMediation, DisputeStatus.UnderAppeal);
        yield return new DisputeMustNotHaveAModeratorRule(assignedModeratorId);
        yield return new ModeratorCannotBeAPartyRule(moderatorId, buyerId, sellerUserId);
        if (status == DisputeStatus.UnderAppeal)
        {
            yield return new AppealMustGoToADifferentModeratorRule(appealedDecisionModeratorId, moderatorId);
        }
    }

    /// <summary>The assigned moderator hands the case back to the queue.</summary>
    public void ReleaseModerator(string moderatorId, DateTimeOffset now)
    {
        GuardModerator("release this case", moderatorId);
        var utcNow = now.ToUniversalTime();
        AssignedModeratorId = null;
        AssignedAt = null;
        NextDeadlineAt = utcNow + Deadlines.ModeratorAction;
        Record(new TimelineEvent.ModeratorReleased(), ActorKind.Moderator, moderatorId, utcNow);
    }

    /// <summary>
    /// The assigned moderator asks one party for information, due by <paramref name="dueAt"/>, on the case as shown
    /// (<paramref name="seenVersion"/> timeline entries, checked as <see cref="Decide"/> checks it).
    /// </summary>
    public InformationRequest RequestInformation(
        string moderatorId, Party from, string what, DateTimeOffset dueAt, MissedRequestConsequence ifMissed, int seenVersion, DateTimeOffset now)
    {
        GuardModerator("request information", moderatorId);
        ConfirmUnchangedSince(seenVersion);
        CheckRule(new InformationRequestMustSayWhatRule(what));
        CheckRule(new InformationDueDateMustBeInTheFutureRule(dueAt, now));
        var utcNow = now.ToUniversalTime();
        var request = new InformationRequest(Guid.CreateVersion7(utcNow), moderatorId, from, what.Trim(), utcNow, dueAt.ToUniversalTime(), ifMissed);
        _informationRequests.Add(request);
        Status = DisputeStatus.AwaitingInformation;
        NextDeadlineAt = request.DueAt;
        Record(new TimelineEvent.InformationRequested(request.Id, from, request.What, request.DueAt, ifMissed), ActorKind.Moderator, moderatorId, utcNow);
        return request;
    }

    /// <summary>The same, due after the policy's default time to answer.</summary>
    public InformationRequest RequestInformation(string moderatorId, Party from, string what, MissedRequestConsequence ifMissed, int seenVersion, DateTimeOffset now) =>
        RequestInformation(moderatorId, from, what, now + Deadlines.InformationRequestDefault, ifMissed, seenVersion, now);

    /// <summary>The requested party answers by the due date; the case goes back to the moderator.</summary>
    public void AnswerInformationRequest(Party party, string userId, string text, DateTimeOffset now)
    {
        var request = GuardAnswer(party, userId, now);
        CheckRule(new InformationAnswerMustBeGivenRule(text));
        var utcNow = now.ToUniversalTime();
        request.RecordAnswer(userId, text.Trim(), utcNow);
        Status = MediationStatus;
        NextDeadlineAt = utcNow + Deadlines.ModeratorAction;
        Record(new TimelineEvent.InformationAnswered(request.Id, request.Answer!), ActorOf(party), userId, utcNow);
    }

    /// <summary>The moderator actions the case allows <paramref name="moderatorId"/> now, asked of the same guards the methods run.</summary>
    public IReadOnlySet<ModeratorAction> ModeratorActions(string moderatorId)
    {
        var available = new HashSet<ModeratorAction>();
        void Try(ModeratorAction action, Action guard)
        {
            try
            {
                guard();
                available.Add(action);
            }
            catch (Common.BusinessRuleValidationException)
            {
                // Not allowed now.
            }
        }

        Try(ModeratorAction.Take, () => GuardAssign(moderatorId));
        Try(ModeratorAction.Release, () => GuardModerator("release this case", moderatorId));
        Try(ModeratorAction.RequestInformation, () => GuardModerator("request information", moderatorId));
        Try(ModeratorAction.Decide, () => GuardModerator("decide", moderatorId));
        return available;
    }

    private void GuardAssign(string moderatorId)
    {
        foreach (var rule in RulesToAssign(Status, AssignedModeratorId, BuyerId, SellerUserId, AppealedDecisionModeratorId, moderatorId))
        {
            CheckRule(rule);
        }
    }

    private void GuardModerator(string action, string moderatorId)
    {
        CheckStatus(action, DisputeStatus.InMediation, DisputeStatus.UnderAppeal);
        CheckRule(new OnlyTheAssignedModeratorCanActRule(AssignedModeratorId, moderatorId));
    }

    private void Escalate(ActorKind actor, string? actorId, EscalationReason why, DateTimeOffset now)
    {
        Status = DisputeStatus.InMediation;
        EscalatedAt = now;
        NextDeadlineAt = now + Deadlines.ModeratorAction;
        Record(new TimelineEvent.Escalated(why, SellerUnresponsive), actor, actorId, now);
    }

    private InformationRequest GuardAnswer(Party party, string userId, DateTimeOffset now)
    {
        CheckStatus("answer the moderator", DisputeStatus.AwaitingInformation);
        CheckParty(party, userId);
        var request = OpenInformationRequest!;
        CheckRule(new InformationMustComeFromTheRequestedPartyRule(request.RequestedFrom, party));
        CheckRule(new DeadlineMustNotHavePassedRule("answer the moderator", request.DueAt, now));
        return request;
    }
}
