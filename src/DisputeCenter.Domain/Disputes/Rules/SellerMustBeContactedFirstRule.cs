using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Rules;

/// <summary>A formal dispute comes only after the buyer gave the seller a chance to put things right.</summary>
public sealed class SellerMustBeContactedFirstRule(SellerConversation? conversation, TimeSpan contactPeriod, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => conversation is null || !conversation.CanFileAt(now, contactPeriod);

    public string Message => conversation switch
    {
        null => $"Contact the seller first: write to them about this order. If they don't answer within {Describe(contactPeriod)} or the talks fail, you can file a dispute.",
        { MarkedResolvedAt: { } resolvedAt } =>
            $"You marked your conversation with the seller as resolved on {UtcText.Format(resolvedAt)}. If the problem is back, write to the seller again first.",
        _ => $"Contact the seller first: you can file a dispute from {UtcText.Format(conversation.FilingOpensAt(contactPeriod)!.Value)}.",
    };

    private static string Describe(TimeSpan period) =>
        period.TotalHours < 48 ? $"{period.TotalHours:0} hours" : $"{period.TotalDays:0.#} days";
}
