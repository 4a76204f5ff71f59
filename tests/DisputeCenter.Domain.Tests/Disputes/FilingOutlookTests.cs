using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

/// <summary>The order list's dispute column: what filing would say, before the buyer tries.</summary>
public class FilingOutlookTests
{
    private static readonly TimeSpan ContactPeriod = DisputeScenario.StandardDeadlines.SellerContactPeriod;

    /// <summary>Delivered on 15 Oct; goods-received reasons may be filed until 14 Nov.</summary>
    private static readonly DateTimeOffset WindowCloses = DeliveredAt + DisputeScenario.StandardDeadlines.FilingWindow;

    private static FilingOutlook Outlook(Order order, SellerConversation? conversation, DateTimeOffset now, Guid? openDispute = null) =>
        FilingOutlook.For(order, conversation, openDispute, _ => DisputeScenario.StandardDeadlines, now);

    private static SellerConversation ContactedOn(Order order, DateTimeOffset startedAt) =>
        SellerConversation.Start(Guid.NewGuid(), order, Seller(), BuyerId, DisputeReason.NotAsDescribed, "The speaker is broken.", startedAt);

    [Fact]
    public void Without_contact_the_seller_comes_first_and_filing_opens_when_the_contact_period_would_end()
    {
        var now = DeliveredAt.AddDays(2);

        var outlook = Outlook(Delivered(), conversation: null, now);

        Assert.Equal(FilingOutlookKind.ContactSellerFirst, outlook.Kind);
        Assert.Equal(now + ContactPeriod, outlook.OpensAt);
        Assert.Equal(WindowCloses, outlook.Until);
    }

    [Fact]
    public void The_list_never_says_possible_where_filing_would_refuse_for_want_of_seller_contact()
    {
        var scenario = new DisputeScenario();
        var now = scenario.Now;

        var outlook = Outlook(scenario.Order, conversation: null, now);

        Assert.NotEqual(FilingOutlookKind.Possible, outlook.Kind);
        Refused.By<DisputeCenter.Domain.Disputes.Rules.SellerMustBeContactedFirstRule>(() => scenario.File(noConversation: true));
    }

    [Fact]
    public void While_the_contact_period_runs_filing_opens_when_it_ends()
    {
        var order = Delivered();
        var started = DeliveredAt.AddDays(1);

        var outlook = Outlook(order, ContactedOn(order, started), started.AddDays(1));

        Assert.Equal(FilingOutlookKind.TalkingWithSeller, outlook.Kind);
        Assert.Equal(started + ContactPeriod, outlook.OpensAt);
        Assert.Equal(WindowCloses, outlook.Until);
    }

    [Fact]
    public void After_the_contact_period_filing_is_possible_until_the_window_closes()
    {
        var scenario = new DisputeScenario();

        var outlook = Outlook(scenario.Order, scenario.Conversation, scenario.Now);

        Assert.Equal(FilingOutlookKind.Possible, outlook.Kind);
        Assert.Null(outlook.OpensAt);
        Assert.Equal(WindowCloses, outlook.Until);
        Assert.NotNull(scenario.File());
    }

    [Fact]
    public void Talks_marked_failed_open_filing_at_once()
    {
        var order = Delivered();
        var started = DeliveredAt.AddDays(1);
        var conversation = ContactedOn(order, started);
        conversation.PostBySeller(SellerUserId, "We do not accept returns.", started.AddHours(1));
        conversation.MarkFailed(BuyerId, started.AddHours(2));

        Assert.Equal(FilingOutlookKind.Possible, Outlook(order, conversation, started.AddHours(3)).Kind);
    }

    [Fact]
    public void A_conversation_marked_resolved_means_contacting_the_seller_again()
    {
        var order = Delivered();
        var conversation = ContactedOn(order, DeliveredAt.AddDays(1));
        conversation.MarkResolved(BuyerId, DeliveredAt.AddDays(2));
        var now = DeliveredAt.AddDays(6);

        var outlook = Outlook(order, conversation, now);

        Assert.Equal(FilingOutlookKind.ContactSellerFirst, outlook.Kind);
        Assert.Equal(now + ContactPeriod, outlook.OpensAt);
    }

    [Fact]
    public void An_open_dispute_is_named_instead_of_any_window()
    {
        var scenario = new DisputeScenario();
        var disputeId = Guid.NewGuid();

        var outlook = Outlook(scenario.Order, scenario.Conversation, scenario.Now, disputeId);

        Assert.Equal(FilingOutlookKind.DisputeOpen, outlook.Kind);
        Assert.Equal(disputeId, outlook.OpenDisputeId);
    }

    [Fact]
    public void After_every_window_closed_filing_is_not_possible()
    {
        var scenario = new DisputeScenario();

        Assert.Equal(FilingOutlookKind.NotPossible, Outlook(scenario.Order, scenario.Conversation, WindowCloses.AddSeconds(1)).Kind);
    }

    [Fact]
    public void An_unpaid_order_cannot_be_disputed()
    {
        Assert.Equal(FilingOutlookKind.NotPossible, Outlook(Placed(), conversation: null, PlacedAt.AddDays(1)).Kind);
    }

    [Fact]
    public void When_contact_is_done_but_the_window_has_not_opened_filing_opens_with_the_window()
    {
        // Shipped, not delivered: "not received" opens on the expected delivery date (20 Oct).
        var order = Shipped();
        var started = ShippedAt.AddDays(1);
        var conversation = ContactedOn(order, started);
        var now = started + ContactPeriod + TimeSpan.FromHours(1);

        var outlook = Outlook(order, conversation, now);

        Assert.True(now < ExpectedDeliveryAt);
        Assert.Equal(FilingOutlookKind.OpensLater, outlook.Kind);
        Assert.Equal(ExpectedDeliveryAt, outlook.OpensAt);
    }
}
