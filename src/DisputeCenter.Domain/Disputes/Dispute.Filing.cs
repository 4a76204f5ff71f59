using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Conversations.Rules;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>
    /// Opens a dispute. The buyer's claim becomes the first offer of the ledger, and the seller's response
    /// clock starts.
    /// </summary>
    /// <param name="seller">The order's seller: the dispute keeps its account id to recognise the seller's actions.</param>
    /// <param name="refundedSoFar">Refunds already made on the order, in its currency.</param>
    /// <param name="orderHasOpenDispute">Whether another dispute on the order is still open (the caller queries it).</param>
    public static Dispute File(
        Guid id,
        Order order,
        Seller seller,
        string buyerId,
        SellerConversation? conversation,
        DisputeReason reason,
        string description,
        Money amountClaimed,
        Remedy remedy,
        DeadlineSnapshot deadlines,
        Money refundedSoFar,
        bool orderHasOpenDispute,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(deadlines);
        if (seller.Id != order.SellerId)
        {
            throw new ArgumentException("The seller given is not the order's seller.", nameof(seller));
        }

        if (conversation is not null && conversation.OrderId != order.Id)
        {
            throw new ArgumentException("The conversation given is about another order.", nameof(conversation));
        }

        CheckRule(new OnlyTheOrdersBuyerCanFileRule(order.BuyerId, buyerId));
        CheckRule(new OrderMustBePaidRule(order.IsPaid));
        CheckRule(new OneOpenDisputePerOrderRule(orderHasOpenDispute));
        CheckRule(new DisputeMustBeFiledWithinWindowRule(
            reason, DisputeReasons.FilingWindowFor(order, reason, deadlines), DisputeReasons.WhyNoFilingWindow(order, reason), now));
        CheckRule(new SellerMustBeContactedFirstRule(conversation, deadlines.SellerContactPeriod, now));
        CheckRule(new DescriptionMustBeDetailedRule(description));

        var refundable = order.AmountPaid!.Value - refundedSoFar;
        CheckRule(new AmountClaimedMustBeInOrderCurrencyRule(order.Currency, amountClaimed));
        CheckRule(new AmountClaimedMustBePositiveRule(amountClaimed));
        CheckRule(new AmountClaimedMustNotExceedRefundableRule(amountClaimed, refundable));
        CheckRule(new RemedyMustMatchAmountClaimedRule(remedy, amountClaimed, refundable));

        var utcNow = now.ToUniversalTime();
        var dispute = new Dispute
        {
            Id = id,
            OrderId = order.Id,
            OrderNumber = order.Number,
            BuyerId = order.BuyerId,
            SellerId = order.SellerId,
            SellerUserId = seller.UserId,
            ConversationId = conversation?.Id,
            Currency = order.Currency,
            AmountPaid = order.AmountPaid.Value,
            RefundedBeforeFiling = refundedSoFar,
            Reason = reason,
            Description = description.Trim(),
            AmountClaimed = amountClaimed,
            RequestedRemedy = remedy,
            Deadlines = deadlines,
            Status = DisputeStatus.AwaitingSeller,
            FiledAt = utcNow,
        };
        dispute.NextDeadlineAt = dispute.SellerResponseDueAt;
        var claim = dispute.AddOffer(Party.Buyer, buyerId, remedy, remedy == Remedy.Replacement ? null : amountClaimed, "The buyer's claim", utcNow);
        dispute.Record(
            new TimelineEvent.Filed(reason, remedy, amountClaimed, claim.Id, $"{deadlines.PolicyId}/v{deadlines.PolicyVersion}"), ActorKind.Buyer, buyerId, utcNow);
        return dispute;
    }

    /// <summary>The buyer gives up the dispute. Nothing is refunded; the dispute closes.</summary>
    public void Withdraw(string buyerId, string reason, DateTimeOffset now)
    {
        GuardWithdraw(buyerId);
        CheckRule(new WithdrawalReasonMustBeGivenRule(reason));
        var utcNow = now.ToUniversalTime();
        OpenInformationRequest?.Cancel(utcNow);
        WithdrawalReason = reason.Trim();
        AssignedModeratorId = null;
        Close(DisputeStatus.Withdrawn, utcNow);
        Record(new TimelineEvent.Withdrawn(WithdrawalReason!), ActorKind.Buyer, buyerId, utcNow);
    }

    /// <summary>A party adds to the record: a message, or a note that evidence was attached (files live elsewhere).</summary>
    public void PostMessage(Party party, string userId, string body, DateTimeOffset now)
    {
        CheckRule(new DisputeMustBeInStatusRule(Status, "post a message", [.. DisputeStatuses.Open]));
        CheckParty(party, userId);
        CheckRule(new MessageBodyMustBeGivenRule(body));
        Record(new TimelineEvent.MessagePosted(body.Trim()), ActorOf(party), userId, now.ToUniversalTime());
    }

    private void GuardWithdraw(string buyerId)
    {
        CheckStatus(
            "withdraw the dispute", DisputeStatus.AwaitingSeller, DisputeStatus.Negotiating, DisputeStatus.InMediation, DisputeStatus.AwaitingInformation);
        CheckParty(Party.Buyer, buyerId);
    }
}
