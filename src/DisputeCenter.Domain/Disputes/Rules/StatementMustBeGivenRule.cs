using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class StatementMustBeGivenRule(string? text) : TextRule("Your statement", text, 1, Dispute.StatementMaxLength);
