using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheOtherPartysOfferCanBeAcceptedRule(Party accepting, Party offeredBy) : IBusinessRule
{
    public bool IsBroken() => accepting == offeredBy;

    public string Message => "You can only accept the other party's offer, not your own.";
}
