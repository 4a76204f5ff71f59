using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OnlyTheOtherPartysOfferCanBeAcceptedRule(Party accepting, Party offeredBy) : BusinessRule
{
    public override bool IsBroken() => accepting == offeredBy;

    public override DomainText Text => Say($"You can only accept the other party's offer, not your own.");
}
