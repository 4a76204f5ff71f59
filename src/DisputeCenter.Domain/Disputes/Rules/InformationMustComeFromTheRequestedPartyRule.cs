using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class InformationMustComeFromTheRequestedPartyRule(Party requestedFrom, Party answering) : IBusinessRule
{
    public bool IsBroken() => requestedFrom != answering;

    public string Message => $"The moderator asked the {requestedFrom.ToString().ToLowerInvariant()} for this information.";
}
