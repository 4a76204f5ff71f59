namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class MessageBodyMustBeGivenRule(string? text) : TextRule("A message", text, 1, ConversationMessage.BodyMaxLength);
