using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class ReasonCodeLabelMustBeGivenRule(string? text) : TextRule("The label of a reason code", text, 3, DecisionReasonCode.LabelMaxLength);
