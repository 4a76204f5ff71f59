using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AppealMustBeWithinWindowRule(DateTimeOffset appealDueAt, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => now > appealDueAt;

    public string Message => $"The appeal window closed on {UtcText.Format(appealDueAt)}; the decision is final.";
}
