using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Conversations.Rules;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Tests.Support;
using static DisputeCenter.Domain.Tests.Support.TestOrders;

namespace DisputeCenter.Domain.Tests.Disputes;

public class SellerConversationTests
{
    private static readonly TimeSpan ContactPeriod = TimeSpan.FromDays(3);
    private static readonly DateTimeOffset Start = DeliveredAt.AddDays(1);

    private static SellerConversation Started() =>
        SellerConversation.Start(Guid.NewGuid(), Delivered(), Seller(), BuyerId, DisputeReason.NotAsDescribed, "The speaker is broken.", Start);

    [Fact]
    public void Starting_records_the_buyers_first_message()
    {
        var conversation = Started();

        var message = Assert.Single(conversation.Messages);
        Assert.Equal(Party.Buyer, message.Author);
        Assert.Equal(BuyerId, message.AuthorUserId);
        Assert.Equal(Start, conversation.StartedAt);
        Assert.Equal(SellerId, conversation.SellerId);
        Assert.Equal(SellerUserId, conversation.SellerUserId);
    }

    [Fact]
    public void Only_the_orders_buyer_can_start_a_conversation()
    {
        Refused.By<OnlyTheOrdersBuyerCanContactTheSellerRule>(() => SellerConversation.Start(
            Guid.NewGuid(), Delivered(), Seller(), OtherBuyerId, DisputeReason.NotAsDescribed, "Hello", Start));
    }

    [Fact]
    public void An_empty_first_message_is_refused()
    {
        Refused.By<MessageBodyMustBeGivenRule>(() => SellerConversation.Start(
            Guid.NewGuid(), Delivered(), Seller(), BuyerId, DisputeReason.NotAsDescribed, "   ", Start));
    }

    [Fact]
    public void The_sellers_first_answer_is_remembered()
    {
        var conversation = Started();

        conversation.PostBySeller(SellerUserId, "Sorry, can you send a photo?", Start.AddHours(2));
        conversation.PostBySeller(SellerUserId, "Any news?", Start.AddHours(5));
        conversation.PostByBuyer(BuyerId, "Here it is.", Start.AddHours(6));

        Assert.Equal(Start.AddHours(2), conversation.SellerFirstAnsweredAt);
        Assert.Equal(4, conversation.Messages.Count);
    }

    [Fact]
    public void Someone_else_cannot_post_as_the_seller_or_the_buyer()
    {
        var conversation = Started();

        Refused.By<UserMustBeThePartyRule>(() => conversation.PostBySeller(BuyerId, "I am the seller", Start));
        Refused.By<UserMustBeThePartyRule>(() => conversation.PostByBuyer(SellerUserId, "I am the buyer", Start));
    }

    [Fact]
    public void Filing_opens_when_the_contact_period_ends()
    {
        var conversation = Started();

        Assert.Equal(Start + ContactPeriod, conversation.FilingOpensAt(ContactPeriod));
        Assert.False(conversation.CanFileAt(Start + ContactPeriod - TimeSpan.FromSeconds(1), ContactPeriod));
        Assert.True(conversation.CanFileAt(Start + ContactPeriod, ContactPeriod));
    }

    [Fact]
    public void Failed_talks_open_filing_at_once()
    {
        var conversation = Started();
        conversation.PostBySeller(SellerUserId, "No refunds.", Start.AddHours(1));

        conversation.MarkFailed(BuyerId, Start.AddHours(2));

        Assert.Equal(Start.AddHours(2), conversation.FilingOpensAt(ContactPeriod));
        Assert.True(conversation.CanFileAt(Start.AddHours(2), ContactPeriod));
    }

    [Fact]
    public void Talks_cannot_fail_before_the_seller_answered()
    {
        var conversation = Started();

        Refused.By<SellerMustHaveAnsweredRule>(() => conversation.MarkFailed(BuyerId, Start.AddHours(2)));
    }

    [Fact]
    public void A_resolved_conversation_does_not_open_filing()
    {
        var conversation = Started();

        conversation.MarkResolved(BuyerId, Start.AddHours(2));

        Assert.Null(conversation.FilingOpensAt(ContactPeriod));
        Assert.False(conversation.CanFileAt(Start.AddDays(10), ContactPeriod));
        Refused.By<ConversationMustBeOpenRule>(() => conversation.MarkResolved(BuyerId, Start.AddHours(3)));
    }

    [Fact]
    public void Only_the_buyer_marks_the_outcome_of_the_talks()
    {
        var conversation = Started();

        Refused.By<UserMustBeThePartyRule>(() => conversation.MarkResolved(SellerUserId, Start));
    }

    [Fact]
    public void The_refusal_names_when_filing_opens()
    {
        var conversation = Started();

        var rule = new SellerMustBeContactedFirstRule(conversation, ContactPeriod, Start);

        Assert.True(rule.IsBroken());
        Assert.Equal("Contact the seller first: you can file a dispute from 2026-10-19 14:00 UTC.", rule.Message);
    }
}
