using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Support.Rules;

public sealed class SupportMessageMustBeGivenRule(string? text) : TextRule("A message", text, 1, SupportMessage.BodyMaxLength);
