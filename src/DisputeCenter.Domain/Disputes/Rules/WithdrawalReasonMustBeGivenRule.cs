using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class WithdrawalReasonMustBeGivenRule(string? text) : TextRule("The reason for withdrawing", text, 1, Dispute.WithdrawalReasonMaxLength);
