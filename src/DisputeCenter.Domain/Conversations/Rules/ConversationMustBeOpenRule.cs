using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Conversations.Rules;

public sealed class ConversationMustBeOpenRule(DateTimeOffset? markedResolvedAt, DateTimeOffset? markedFailedAt) : BusinessRule
{
    public override bool IsBroken() => markedResolvedAt is not null || markedFailedAt is not null;

    public override DomainText Text => markedResolvedAt is not null
        ? Say($"You already marked this conversation as resolved on {markedResolvedAt.Value}.")
        : Say($"You already marked this conversation as failed on {markedFailedAt!.Value}.");
}
