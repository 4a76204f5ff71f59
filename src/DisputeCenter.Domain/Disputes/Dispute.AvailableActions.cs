using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>
    /// The actions a party may take now. Each is asked of the same guard its method runs, so a page can
    /// never offer what the domain would refuse (input such as a statement's text is checked on submit).
    /// </summary>
    public IReadOnlySet<DisputeAction> AvailableActions(Party party, DateTimeOffset now)
    {
        var userId = UserIdOf(party);
        var available = new HashSet<DisputeAction>();
        void Try(DisputeAction action, Action guard)
        {
            try
            {
                guard();
                available.Add(action);
            }
            catch (BusinessRuleValidationException)
            {
                // Not allowed now: the rule that refused says why when the party tries.
            }
        }

        if (party == Party.Seller)
        {
            Try(DisputeAction.AnswerClaim, () => CheckSellerMayAct("answer the dispute", userId, now));
            Try(DisputeAction.AcceptClaim, () => GuardSellerAcceptClaim(userId, now));
            Try(DisputeAction.GiveReturnAddress, () => GuardReturnAddress(userId, now));
            Try(DisputeAction.ConfirmReturn, () => GuardReturnReceipt(userId, now));
        }
        else
        {
            Try(DisputeAction.Withdraw, () => GuardWithdraw(userId));
            Try(DisputeAction.ShipReturn, () => GuardShipReturn(userId, now));
        }

        var othersOffer = StandingOfferBy(party == Party.Buyer ? Party.Seller : Party.Buyer);
        Try(DisputeAction.MakeOffer, () => GuardOffer(party, userId, now));
        Try(DisputeAction.AcceptOffer, () => GuardAcceptOffer(party, userId, othersOffer?.Id ?? Guid.Empty, now));
        Try(DisputeAction.RequestMediation, () => GuardRequestMediation(party, userId, now));
        Try(DisputeAction.AnswerRequest, () => GuardAnswer(party, userId, now));
        Try(DisputeAction.Appeal, () => GuardAppeal(party, userId, now));
        Try(DisputeAction.PostMessage, () =>
        {
            CheckRule(new Rules.DisputeMustBeInStatusRule(Status, "post a message", [.. DisputeStatuses.Open]));
            CheckParty(party, userId);
        });
        return available;
    }
}
