using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class InformationRequestMustSayWhatRule(string? text) : TextRule("What the moderator asks for", text, 1, InformationRequest.WhatMaxLength)
{
    public override RuleSubject Subject => RuleSubject.RequestedInformation;
}
