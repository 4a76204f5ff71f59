using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations.Rules;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Domain.Conversations;

/// <summary>
/// The buyer's conversation with the seller about a problem with an order. Seller contact comes first: a
/// formal dispute becomes possible once the seller let the contact period pass, or the talks failed.
/// </summary>
public sealed class SellerConversation : Entity
{
    public const int UserIdMaxLength = UserId.MaxLength;

    private readonly List<ConversationMessage> _messages = [];

    private SellerConversation()
    {
        BuyerId = null!;
        SellerUserId = null!;
    }

    private SellerConversation(Guid id, Order order, Seller seller, DisputeReason reason, DateTimeOffset now)
    {
        Id = id;
        OrderId = order.Id;
        BuyerId = order.BuyerId;
        SellerId = seller.Id;
        SellerUserId = seller.UserId;
        Reason = reason;
        StartedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public string BuyerId { get; private set; }

    /// <summary>The <see cref="Seller"/> entity's id.</summary>
    public Guid SellerId { get; private set; }

    /// <summary>The seller's account (the user who answers for the seller).</summary>
    public string SellerUserId { get; private set; }

    public DisputeReason Reason { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public IReadOnlyCollection<ConversationMessage> Messages => _messages.AsReadOnly();

    public DateTimeOffset? SellerFirstAnsweredAt { get; private set; }

    public DateTimeOffset? MarkedFailedAt { get; private set; }

    public DateTimeOffset? MarkedResolvedAt { get; private set; }

    public static SellerConversation Start(
        Guid id, Order order, Seller seller, string buyerId, DisputeReason reason, string firstMessage, DateTimeOffset now,
        IReadOnlyList<ConversationAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(seller);
        if (seller.Id != order.SellerId)
        {
            throw new ArgumentException("The seller given is not the order's seller.", nameof(seller));
        }

        CheckRule(new OnlyTheOrdersBuyerCanContactTheSellerRule(order.BuyerId, buyerId));
        CheckRule(new MessageBodyMustBeGivenRule(firstMessage));
        CheckAttachments(attachments);
        var conversation = new SellerConversation(id, order, seller, reason, now.ToUniversalTime());
        conversation.Add(Party.Buyer, buyerId, firstMessage, now, attachments);
        return conversation;
    }

    public void PostByBuyer(string buyerId, string body, DateTimeOffset now, IReadOnlyList<ConversationAttachment>? attachments = null)
    {
        CheckRule(new UserMustBeThePartyRule(Party.Buyer, BuyerId, buyerId));
        CheckRule(new MessageBodyMustBeGivenRule(body));
        CheckAttachments(attachments);
        Add(Party.Buyer, buyerId, body, now, attachments);
    }

    public void PostBySeller(string sellerUserId, string body, DateTimeOffset now, IReadOnlyList<ConversationAttachment>? attachments = null)
    {
        CheckRule(new UserMustBeThePartyRule(Party.Seller, SellerUserId, sellerUserId));
        CheckRule(new MessageBodyMustBeGivenRule(body));
        CheckAttachments(attachments);
        Add(Party.Seller, sellerUserId, body, now, attachments);
        SellerFirstAnsweredAt ??= now.ToUniversalTime();
    }

    /// <summary>The buyer says the talks failed; a dispute can be filed at once.</summary>
    public void MarkFailed(string buyerId, DateTimeOffset now)
    {
        CheckRule(new UserMustBeThePartyRule(Party.Buyer, BuyerId, buyerId));
        CheckRule(new ConversationMustBeOpenRule(MarkedResolvedAt, MarkedFailedAt));
        CheckRule(new SellerMustHaveAnsweredRule(SellerFirstAnsweredAt));
        MarkedFailedAt = now.ToUniversalTime();
    }

    /// <summary>The buyer says the problem is solved; this conversation no longer opens the way to a dispute.</summary>
    public void MarkResolved(string buyerId, DateTimeOffset now)
    {
        CheckRule(new UserMustBeThePartyRule(Party.Buyer, BuyerId, buyerId));
        CheckRule(new ConversationMustBeOpenRule(MarkedResolvedAt, MarkedFailedAt));
        MarkedResolvedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// When a formal dispute becomes possible: the end of the contact period, or the moment the talks were
    /// marked failed if that came earlier. Null when the buyer marked the conversation resolved.
    /// </summary>
    public DateTimeOffset? FilingOpensAt(TimeSpan contactPeriod)
    {
        if (MarkedResolvedAt is not null)
        {
            return null;
        }

        var afterContactPeriod = FilingOpensAfterContactStartedAt(StartedAt, contactPeriod);
        return MarkedFailedAt is { } failedAt && failedAt < afterContactPeriod ? failedAt : afterContactPeriod;
    }

    /// <summary>When a conversation started at <paramref name="startedAt"/> lets the buyer file, if the talks are not marked failed sooner.</summary>
    public static DateTimeOffset FilingOpensAfterContactStartedAt(DateTimeOffset startedAt, TimeSpan contactPeriod) => startedAt + contactPeriod;

    public bool CanFileAt(DateTimeOffset now, TimeSpan contactPeriod) => FilingOpensAt(contactPeriod) is { } opensAt && opensAt <= now;

    /// <summary>
    /// When the seller should answer: by the end of the contact period, after which the buyer may file a dispute.
    /// Null once the seller answered or the buyer closed the talks.
    /// </summary>
    public DateTimeOffset? SellerAnswerDueAt(TimeSpan contactPeriod) =>
        SellerFirstAnsweredAt is null && MarkedResolvedAt is null && MarkedFailedAt is null ? StartedAt + contactPeriod : null;

    private static void CheckAttachments(IReadOnlyList<ConversationAttachment>? attachments) =>
        CheckRule(new Evidence.Rules.SubmissionMustNotExceedFileCountRule(attachments?.Count ?? 0));

    private void Add(Party author, string userId, string body, DateTimeOffset now, IReadOnlyList<ConversationAttachment>? attachments)
    {
        var message = new ConversationMessage(Guid.CreateVersion7(now), author, userId, body.Trim(), now.ToUniversalTime());
        message.Attach(attachments ?? []);
        _messages.Add(message);
    }
}
