using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class InformationAnswerMustBeGivenRule(string? text) : TextRule("Your answer", text, 1, InformationRequest.AnswerMaxLength);
