using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;

namespace DisputeCenter.Domain.Conversations.Rules;

public sealed class MessageBodyMustBeGivenRule(string? text) : TextRule("A message", text, 1, ConversationMessage.BodyMaxLength);
