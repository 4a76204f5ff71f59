using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class AppealMustBringNewInformationRule(string? text) : TextRule("The new information for an appeal", text, Dispute.AppealInformationMinNonBlank, Dispute.StatementMaxLength);
