using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class DescriptionMustBeDetailedRule(string? text) : TextRule("The description of the problem", text, Dispute.DescriptionMinNonBlank, Dispute.DescriptionMaxLength);
