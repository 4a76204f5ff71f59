using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

public sealed class SupportSubjectMustBeGivenRule(string? text) : TextRule("A subject", text, 1, SupportTicket.SubjectMaxLength);
