using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Notifications;

/// <summary>How remedies, outcomes and quoted words read in a notification.</summary>
internal static class NotificationWording
{
    public const int QuoteMaxLength = 600;

    public static string PartyName(ActorKind actor) => actor switch
    {
        ActorKind.Buyer => "buyer",
        ActorKind.Seller => "seller",
        ActorKind.Moderator => "moderator",
        _ => "platform",
    };

    public static string RemedyText(Remedy remedy, string? amount) => remedy switch
    {
        Domain.Disputes.Remedy.FullRefund => $"a full refund{Of(amount)}",
        Domain.Disputes.Remedy.PartialRefund => $"a partial refund{Of(amount)}, the buyer keeping the goods",
        Domain.Disputes.Remedy.ReturnAndRefund => $"a refund{Of(amount)} once the goods are returned",
        _ => "replacement goods",
    };

    public static string OutcomeText(Outcome outcome, string? amount) => outcome switch
    {
        Domain.Disputes.Outcome.FullRefund => $"a full refund{Of(amount)}",
        Domain.Disputes.Outcome.PartialRefund => $"a partial refund{Of(amount)}",
        Domain.Disputes.Outcome.ReturnAndRefund => $"a refund{Of(amount)} once the goods are returned",
        Domain.Disputes.Outcome.Replacement => "replacement goods",
        Domain.Disputes.Outcome.Compensation => $"compensation{Of(amount)}",
        _ => "the claim is rejected; nothing is refunded",
    };

    /// <summary>A party's own words, in quotes, shortened when long.</summary>
    public static string Quote(IReadOnlyDictionary<string, string> data, string key)
    {
        var text = data.GetValueOrDefault(key)?.Trim() ?? string.Empty;
        if (text.Length > QuoteMaxLength)
        {
            text = string.Concat(text.AsSpan(0, QuoteMaxLength - 1), "…");
        }

        return $"\u201C{text}\u201D";
    }

    public static string Note(IReadOnlyDictionary<string, string> data) =>
        string.IsNullOrWhiteSpace(data.GetValueOrDefault("note")) ? string.Empty : $" Their note: {Quote(data, "note")}";

    private static string Of(string? amount) => string.IsNullOrEmpty(amount) ? string.Empty : $" of {amount}";
}
