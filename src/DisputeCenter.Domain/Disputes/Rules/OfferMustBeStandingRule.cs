using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class OfferMustBeStandingRule(Offer? offer) : IBusinessRule
{
    public bool IsBroken() => offer is not { IsStanding: true };

    public string Message => offer is null
        ? "There is no such offer on this dispute."
        : $"That offer is no longer open: it was {offer.Status.ToString().ToLowerInvariant()}.";
}
