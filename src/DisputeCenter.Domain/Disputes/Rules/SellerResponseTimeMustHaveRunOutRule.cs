using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class SellerResponseTimeMustHaveRunOutRule(DateTimeOffset sellerResponseDueAt, DateTimeOffset now) : BusinessRule
{
    public override bool IsBroken() => now <= sellerResponseDueAt;

    public override DomainText Text =>
        Say($"The seller has until {sellerResponseDueAt} to answer; you can ask for mediation after that.");
}
