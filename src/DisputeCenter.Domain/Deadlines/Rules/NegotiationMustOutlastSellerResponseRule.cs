using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Deadlines.Rules;

/// <summary>Both clocks run from filing; negotiation that ends before the seller must answer makes no sense.</summary>
public sealed class NegotiationMustOutlastSellerResponseRule(TimeSpan sellerResponse, TimeSpan negotiation) : BusinessRule
{
    public override RuleSubject Subject => RuleSubject.NegotiationTime;

    public override bool IsBroken() => negotiation < sellerResponse;

    public override DomainText Text =>
        Say($"The negotiation period ({negotiation.TotalDays:0.##} days) cannot be shorter than the seller's response time ({sellerResponse.TotalDays:0.##} days).");
}
