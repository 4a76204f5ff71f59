namespace DisputeCenter.Domain.Common;

/// <summary>Only the user who is the named party (the buyer, or the seller's account) acts as that party.</summary>
public sealed class UserMustBeThePartyRule(Party party, string partyUserId, string? userId) : BusinessRule
{
    public override bool IsBroken() => !string.Equals(partyUserId, userId, StringComparison.Ordinal);

    public override DomainText Text => Say($"Only the {Word(party)} of this order can do this.");
}
