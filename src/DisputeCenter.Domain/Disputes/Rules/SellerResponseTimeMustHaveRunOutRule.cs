using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class SellerResponseTimeMustHaveRunOutRule(DateTimeOffset sellerResponseDueAt, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => now <= sellerResponseDueAt;

    public string Message =>
        $"The seller has until {UtcText.Format(sellerResponseDueAt)} to answer; you can ask for mediation after that.";
}
