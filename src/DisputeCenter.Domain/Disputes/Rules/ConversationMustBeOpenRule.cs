using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

public sealed class ConversationMustBeOpenRule(DateTimeOffset? markedResolvedAt, DateTimeOffset? markedFailedAt) : IBusinessRule
{
    public bool IsBroken() => markedResolvedAt is not null || markedFailedAt is not null;

    public string Message => markedResolvedAt is not null
        ? $"You already marked this conversation as resolved on {UtcText.Format(markedResolvedAt.Value)}."
        : $"You already marked this conversation as failed on {UtcText.Format(markedFailedAt!.Value)}.";
}
