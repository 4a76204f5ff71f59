using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Evidence.Rules;

public sealed class EvidenceCaptionMustNotBeTooLongRule(string? caption)
    : TextRule("The caption", caption, 0, EvidenceItem.CaptionMaxLength);
