using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class HiddenReasonMustBeGivenRule(string? reason)
    : TextRule("The reason for hiding this evidence", reason, 1, EvidenceItem.HiddenReasonMaxLength);
