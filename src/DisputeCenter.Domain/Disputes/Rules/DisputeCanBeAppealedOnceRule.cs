using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class DisputeCanBeAppealedOnceRule(DateTimeOffset? appealedAt) : IBusinessRule
{
    public bool IsBroken() => appealedAt is not null;

    public string Message => $"This dispute was already appealed on {UtcText.Format(appealedAt.GetValueOrDefault())}; a case can be appealed once.";
}
