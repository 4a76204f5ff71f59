using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

/// <summary>A question about a dispute names the dispute, one about an order names the order: support starts from the record.</summary>
public sealed class TopicMustNameWhatItIsAboutRule(SupportTopic topic, Guid? orderId, Guid? disputeId) : BusinessRule
{
    public override bool IsBroken() => (topic.NeedsDispute() && disputeId is null) || (topic.NeedsOrder() && orderId is null);

    public override DomainText Text => topic.NeedsDispute()
        ? Say($"Choose the dispute your question is about.")
        : Say($"Choose the order your question is about.");
}
