using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using Microsoft.Extensions.Time.Testing;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Support;

/// <summary>
/// A delivered 100.00 USD order, a conversation the buyer started a day after delivery, and a clock that
/// stands past the 3-day contact period (delivery + 5 days), ready to file. Helpers move a dispute to each status.
/// </summary>
internal sealed class DisputeScenario
{
    public const string ModeratorId = "moderator-1";
    public const string OtherModeratorId = "moderator-2";
    public const string Description = "The speaker arrived with a cracked casing and does not power on.";
    public const string Statement = "The speaker was tested before shipping; see the attached video.";
    public const string Rationale = "The photos show damage the seller's video does not explain.";

    public static readonly DeadlineSnapshot StandardDeadlines = DeadlinePolicy.Defaults(PlacedAt)[0].Snapshot();

    public DisputeScenario(
        Order? order = null, DeadlineSnapshot? deadlines = null, DateTimeOffset? conversationStartsAt = null, TimeSpan? waitAfterContact = null)
    {
        Order = order ?? Delivered();
        Deadlines = deadlines ?? StandardDeadlines;
        Clock = new FakeTimeProvider(conversationStartsAt ?? (Order.DeliveredAt ?? Order.ExpectedDeliveryAt).AddDays(1));
        Conversation = SellerConversation.Start(Guid.NewGuid(), Order, Seller, BuyerId, DisputeReason.NotAsDescribed, "Hello, the speaker is broken.", Now);
        Clock.Advance(waitAfterContact ?? TimeSpan.FromDays(4));
    }

    public FakeTimeProvider Clock { get; }

    public Order Order { get; }

    public Seller Seller { get; } = TestOrders.Seller();

    public DeadlineSnapshot Deadlines { get; }

    public SellerConversation Conversation { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public Dispute File(
        DisputeReason reason = DisputeReason.NotAsDescribed,
        Remedy remedy = Remedy.FullRefund,
        Money? amount = null,
        Money? refundedSoFar = null,
        string buyerId = BuyerId,
        string description = Description,
        bool orderHasOpenDispute = false,
        SellerConversation? conversation = null,
        bool noConversation = false) =>
        Dispute.File(
            Guid.NewGuid(),
            Order,
            Seller,
            buyerId,
            noConversation ? null : conversation ?? Conversation,
            reason,
            description,
            amount ?? Usd(100m) - (refundedSoFar ?? Usd(0m)),
            remedy,
            Deadlines,
            refundedSoFar ?? Usd(0m),
            orderHasOpenDispute,
            Now);

    public void Advance(TimeSpan by) => Clock.Advance(by);

    public Dispute Negotiating()
    {
        var dispute = File();
        Advance(TimeSpan.FromDays(1));
        dispute.SellerRespond(SellerUserId, Statement, Now);
        return dispute;
    }

    public Dispute InMediation()
    {
        var dispute = Negotiating();
        dispute.RequestMediation(Party.Buyer, BuyerId, Now);
        return dispute;
    }

    public Dispute WithModerator()
    {
        var dispute = InMediation();
        Advance(TimeSpan.FromHours(1));
        dispute.AssignModerator(ModeratorId, Now);
        return dispute;
    }

    public Dispute AwaitingInformationFrom(Party party, MissedRequestConsequence ifMissed = MissedRequestConsequence.CloseInFavourOfOtherParty)
    {
        var dispute = WithModerator();
        dispute.RequestInformation(ModeratorId, party, "Please upload a photo of the serial number.", Now.AddDays(3), ifMissed, dispute.TimelineLength, Now);
        return dispute;
    }

    public Dispute Decided(Outcome outcome = Outcome.PartialRefund, decimal? amount = 40m)
    {
        var dispute = WithModerator();
        Advance(TimeSpan.FromHours(1));
        dispute.Decide(ModeratorId, outcome, amount is null ? null : Usd(amount.Value), "defect-proven", Rationale, Bases.For(dispute), Now);
        return dispute;
    }

    public Dispute UnderAppeal(Party by = Party.Seller, Outcome outcome = Outcome.PartialRefund, decimal? amount = 40m)
    {
        var dispute = Decided(outcome, amount);
        Advance(TimeSpan.FromDays(1));
        dispute.Appeal(by, by == Party.Buyer ? BuyerId : SellerUserId, "New courier report shows the box was crushed in transit.", Now);
        return dispute;
    }
}
