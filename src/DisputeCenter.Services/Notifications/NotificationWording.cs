using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;

namespace DisputeCenter.Services.Notifications;

/// <summary>
/// The words of notifications and emails: texts with arguments (<see cref="DomainText"/>), written in the recipient's
/// language when they are stored. What the parties wrote is quoted as written.
/// </summary>
internal static class NotificationWording
{
    public const int QuoteMaxLength = 600;

    /// <summary>A notification's text, from an interpolated string: its template is translated, its arguments formatted for the reader.</summary>
    public static DomainText Say(FormattableString text) => DomainText.Of(text);

    public static DomainText PartyName(ActorKind actor) => DomainText.Plain(actor switch
    {
        ActorKind.Buyer => "buyer",
        ActorKind.Seller => "seller",
        ActorKind.Moderator => "moderator",
        _ => "platform",
    });

    public static DomainText RemedyText(Remedy remedy, object? amount) => (remedy, amount is null) switch
    {
        (Remedy.FullRefund, false) => Say($"a full refund of {amount}"),
        (Remedy.FullRefund, true) => Say($"a full refund"),
        (Remedy.PartialRefund, false) => Say($"a partial refund of {amount}, the buyer keeping the goods"),
        (Remedy.PartialRefund, true) => Say($"a partial refund, the buyer keeping the goods"),
        (Remedy.ReturnAndRefund, false) => Say($"a refund of {amount} once the goods are returned"),
        (Remedy.ReturnAndRefund, true) => Say($"a refund once the goods are returned"),
        _ => Say($"replacement goods"),
    };

    public static DomainText OutcomeText(Outcome outcome, object? amount) => (outcome, amount is null) switch
    {
        (Outcome.FullRefund, false) => Say($"a full refund of {amount}"),
        (Outcome.FullRefund, true) => Say($"a full refund"),
        (Outcome.PartialRefund, false) => Say($"a partial refund of {amount}"),
        (Outcome.PartialRefund, true) => Say($"a partial refund"),
        (Outcome.ReturnAndRefund, false) => Say($"a refund of {amount} once the goods are returned"),
        (Outcome.ReturnAndRefund, true) => Say($"a refund once the goods are returned"),
        (Outcome.Replacement, _) => Say($"replacement goods"),
        (Outcome.Compensation, false) => Say($"compensation of {amount}"),
        (Outcome.Compensation, true) => Say($"compensation"),
        _ => Say($"the claim is rejected; nothing is refunded"),
    };

    /// <summary>A party's own words, in quotes, shortened when long.</summary>
    public static string Quote(string? words)
    {
        var text = words?.Trim() ?? string.Empty;
        if (text.Length > QuoteMaxLength)
        {
            text = string.Concat(text.AsSpan(0, QuoteMaxLength - 1), "…");
        }

        return $"\u201C{text}\u201D";
    }
}
