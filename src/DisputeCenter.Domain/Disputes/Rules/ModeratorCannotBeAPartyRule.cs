using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class ModeratorCannotBeAPartyRule(string moderatorId, string buyerId, string sellerUserId) : BusinessRule
{
    public override bool IsBroken() =>
        string.Equals(moderatorId, buyerId, StringComparison.Ordinal) || string.Equals(moderatorId, sellerUserId, StringComparison.Ordinal);

    public override DomainText Text => Say($"A moderator can't take a case they are a party to.");
}
