namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>Who must do what, by when (UTC), and what happens if they don't. Empty once the dispute is closed.</summary>
    public IReadOnlyList<PendingAction> PendingActions(DateTimeOffset now)
    {
        var actions = new List<PendingAction>();
        void Add(ActorKind actor, string what, DateTimeOffset dueAt, string ifMissed) =>
            actions.Add(new PendingAction(actor, what, dueAt, ifMissed, now > dueAt));

        switch (Status)
        {
            case DisputeStatus.AwaitingSeller:
                Add(ActorKind.Seller, "Answer the dispute: accept the claim, make an offer, or reject it with your side and evidence.", SellerResponseDueAt,
                    "The case goes to a moderator and you are marked unresponsive.");
                break;
            case DisputeStatus.Negotiating:
                foreach (var party in new[] { Party.Buyer, Party.Seller })
                {
                    var other = StandingOfferBy(party == Party.Buyer ? Party.Seller : Party.Buyer);
                    Add(
                        ActorOf(party),
                        other is null ? "Make an offer, or ask for mediation." : $"Accept or answer the {other.MadeBy.ToString().ToLowerInvariant()}'s offer ({other}).",
                        NegotiationDueAt,
                        "The case goes to a moderator automatically.");
                }

                break;
            case DisputeStatus.InMediation or DisputeStatus.UnderAppeal:
                Add(
                    ActorKind.Moderator,
                    AssignedModeratorId is null ? "Take the case from the queue." : "Review both sides, then decide or request information.",
                    NextDeadlineAt!.Value,
                    "The case is flagged as stalled and returned to the queue.");
                break;
            case DisputeStatus.AwaitingInformation:
                var request = OpenInformationRequest!;
                Add(ActorOf(request.RequestedFrom), $"Answer the moderator: {request.What}", request.DueAt, IfMissedText(request));
                break;
            case DisputeStatus.Decided:
                foreach (var party in new[] { Party.Buyer, Party.Seller })
                {
                    Add(ActorOf(party), "If you disagree, appeal once with new information.", AppealDueAt!.Value, "The decision becomes final and the case closes.");
                }

                break;
        }

        return actions;
    }

    private string IfMissedText(InformationRequest request) => request switch
    {
        { IfMissed: MissedRequestConsequence.DecideOnAvailableEvidence } => "The moderator decides on the evidence available.",
        { RequestedFrom: Party.Buyer } when AppealedAt is not null => "The appeal is dismissed and the decision stands.",
        { RequestedFrom: Party.Buyer } => "The dispute expires without a refund.",
        _ => "The case is decided for the buyer's claim.",
    };
}
