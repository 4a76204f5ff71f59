using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OfferMustBeStandingRule(Offer? offer) : BusinessRule
{
    public override bool IsBroken() => offer is not { IsStanding: true };

    public override DomainText Text => offer is null
        ? Say($"There is no such offer on this dispute.")
        : Say($"That offer is no longer open: it was {Word(offer.Status)}.");
}
