using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Conversations.Rules;

public sealed class MessageBodyMustBeGivenRule(string? text) : TextRule("A message", text, 1, ConversationMessage.BodyMaxLength);
