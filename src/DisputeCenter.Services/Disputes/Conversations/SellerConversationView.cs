using DisputeCenter.Domain.Conversations;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>A conversation as its seller sees it: the thread, the order, and by when the buyer expects an answer.</summary>
public sealed record SellerConversationView(SellerConversation Conversation, string OrderNumber, string BuyerName, DateTimeOffset? AnswerDueAt, DateTimeOffset Now);
