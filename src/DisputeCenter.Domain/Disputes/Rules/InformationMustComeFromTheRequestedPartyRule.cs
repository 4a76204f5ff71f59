using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class InformationMustComeFromTheRequestedPartyRule(Party requestedFrom, Party answering) : BusinessRule
{
    public override bool IsBroken() => requestedFrom != answering;

    public override DomainText Text => Say($"The moderator asked the {Word(requestedFrom)} for this information.");
}
