using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class PendingActionsTests
{
    private readonly DisputeScenario _scenario = new();

    private DateTimeOffset Now => _scenario.Now;

    [Fact]
    public void A_filed_dispute_waits_for_the_seller()
    {
        var dispute = _scenario.File();

        var action = Assert.Single(dispute.PendingActions(Now));

        Assert.Equal(ActorKind.Seller, action.Actor);
        Assert.Equal(dispute.SellerResponseDueAt, action.DueAt);
        Assert.Contains("unresponsive", action.IfMissed.ToString());
        Assert.False(action.IsOverdue);
        Assert.True(dispute.PendingActions(dispute.SellerResponseDueAt.AddSeconds(1)).Single().IsOverdue);
    }

    [Fact]
    public void While_negotiating_both_parties_see_the_negotiation_deadline()
    {
        var dispute = _scenario.Negotiating();
        dispute.SellerCounter(SellerUserId, Remedy.PartialRefund, Usd(30m), null, Now);

        var actions = dispute.PendingActions(Now);

        Assert.Equal([ActorKind.Buyer, ActorKind.Seller], actions.Select(a => a.Actor));
        Assert.All(actions, a => Assert.Equal(dispute.NegotiationDueAt, a.DueAt));
        Assert.Contains("30.00 USD", actions[0].What.ToString());
    }

    [Fact]
    public void In_mediation_the_moderator_must_act()
    {
        var dispute = _scenario.InMediation();

        var action = Assert.Single(dispute.PendingActions(Now));

        Assert.Equal(ActorKind.Moderator, action.Actor);
        Assert.Contains("queue", action.What.ToString());
        Assert.Equal(dispute.NextDeadlineAt, action.DueAt);
    }

    [Fact]
    public void A_requested_party_sees_what_to_provide_and_the_consequence()
    {
        var dispute = _scenario.AwaitingInformationFrom(Party.Buyer);

        var action = Assert.Single(dispute.PendingActions(Now));

        Assert.Equal(ActorKind.Buyer, action.Actor);
        Assert.Contains("serial number", action.What.ToString());
        Assert.Equal("The dispute expires without a refund.", action.IfMissed.ToString());
    }

    [Fact]
    public void After_a_decision_both_parties_may_appeal()
    {
        var dispute = _scenario.Decided();

        var actions = dispute.PendingActions(Now);

        Assert.Equal(2, actions.Count);
        Assert.All(actions, a => Assert.Equal(dispute.AppealDueAt, a.DueAt));
    }

    [Fact]
    public void A_closed_dispute_asks_nothing_of_anyone()
    {
        var dispute = _scenario.File();
        dispute.Withdraw(BuyerId, "Solved with the seller.", Now);

        Assert.Empty(dispute.PendingActions(Now));
    }
}
