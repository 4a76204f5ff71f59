using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Web.Localization;

/// <summary>How values read on a page.</summary>
public static class Display
{
    private static readonly IStringLocalizer Localizer =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    private static readonly IStringLocalizer Phrases =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(PhraseResource));

    /// <summary>
    /// The text in the current UI culture (the same resources as <c>IStringLocalizer&lt;SharedResource&gt;</c>; a phrase
    /// in lower case is looked up among the <see cref="PhraseResource"/> first); English is the key and the fallback.
    /// </summary>
    public static string T(string english) =>
        english.Length > 0 && char.IsLower(english[0]) && Phrases[english] is { ResourceNotFound: false } phrase ? phrase : Localizer[english];

    public static string T(string english, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, T(english), arguments);

    /// <summary>
    /// A text the domain or a service wrote: its template in the current UI culture, with its arguments formatted for
    /// the reader (money, instants in their time zone, statuses and remedies by name). Strings are shown as written.
    /// </summary>
    public static string T(DomainText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Arguments.Count == 0
            ? T(text.Template).Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal)
            : string.Format(CultureInfo.CurrentCulture, T(text.Template), text.Arguments.Select(Argument).ToArray());
    }

    private static object? Argument(object? argument) => argument switch
    {
        DomainText text => T(text),
        Money money => Money(money),
        DateTimeOffset instant => Instant(instant),
        OrderStatus status => Status(status),
        Domain.Disputes.DisputeStatus status => Status(status),
        Domain.Disputes.Remedy remedy => Remedy(remedy),
        Domain.Disputes.Outcome outcome => Outcome(outcome),
        Enum other => T(other.ToString()),
        _ => argument,
    };

    public static string Outcome(Domain.Disputes.Outcome outcome) => outcome switch
    {
        Domain.Disputes.Outcome.FullRefund => T("Full refund"),
        Domain.Disputes.Outcome.PartialRefund => T("Partial refund"),
        Domain.Disputes.Outcome.ReturnAndRefund => T("Return and refund"),
        Domain.Disputes.Outcome.Replacement => T("Replacement"),
        Domain.Disputes.Outcome.Compensation => T("Compensation"),
        _ => T("Claim rejected"),
    };

    /// <summary>
    /// The words a timeline entry shows after its kind: what the party wrote, or why the platform acted; null when the
    /// event carries neither.
    /// </summary>
    public static string? Detail(TimelineEvent happened) => happened switch
    {
        TimelineEvent.Filed filed => T(filed.Reason.Title()),
        TimelineEvent.SellerResponded answered => answered.Statement,
        TimelineEvent.SellerRejected rejected => rejected.Statement,
        TimelineEvent.Escalated { Why: EscalationReason.Requested } => T("A party asked for mediation."),
        TimelineEvent.Escalated { Why: EscalationReason.SellerUnresponsive } => T("The seller did not answer in time."),
        TimelineEvent.Escalated => T("The parties did not settle in time."),
        TimelineEvent.InformationRequested requested => requested.What,
        TimelineEvent.InformationAnswered answered => answered.Answer,
        TimelineEvent.Decided decided => decided.Rationale,
        TimelineEvent.Withdrawn withdrawn => withdrawn.Reason,
        TimelineEvent.Expired => T("The buyer did not answer the moderator in time."),
        TimelineEvent.Closed { Why: ClosureReason.AppealWindowClosed } => T("Nobody appealed in time; the decision is final."),
        TimelineEvent.Closed { Why: ClosureReason.AppealDismissedBuyerSilent } => T("The buyer did not answer in time; the appeal is dismissed and the decision stands."),
        TimelineEvent.Closed => T("Decided on appeal."),
        TimelineEvent.EvidenceAdded added => added.Name,
        TimelineEvent.EvidenceHidden hidden => hidden.Reason,
        TimelineEvent.MessagePosted message => message.Body,
        TimelineEvent.InformationRequestMissed => T("The requested information did not arrive in time."),
        TimelineEvent.ModeratorStalled => T("No moderator acted in time; the case went back to the queue."),
        TimelineEvent.ModeratorUnassigned => T("The moderator's account was disabled."),
        _ => null,
    };

    public static string Money(Money money) =>
        string.Create(CultureInfo.CurrentCulture, $"{money.Currency} {money.Amount.ToString("N" + Currency.Of(money.Currency).Decimals, CultureInfo.CurrentCulture)}");

    /// <summary>The instant in the user's time zone, with the zone named: "25 Nov 2026, 11:00 UTC" or "25 Nov 2026, 13:00 Africa/Johannesburg (UTC+02:00)".</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var zone = UserTimeZone.Current;
        if (zone == TimeZoneInfo.Utc)
        {
            return instant.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture);
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.CurrentCulture, $"{local.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture)} {zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    public static string Instant(DateTimeOffset? instant) => instant is { } value ? Instant(value) : "–";

    public static string Date(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, UserTimeZone.Current).ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => T("Awaiting payment"),
        OrderStatus.AwaitingShipment => T("Awaiting shipment"),
        OrderStatus.InTransit => T("In transit"),
        OrderStatus.Late => T("Late"),
        OrderStatus.PartiallyDelivered => T("Partially delivered"),
        OrderStatus.Delivered => T("Delivered"),
        _ => status.ToString(),
    };

    public static string EvidenceKind(Domain.Disputes.EvidenceKind kind) => kind switch
    {
        Domain.Disputes.EvidenceKind.Photo => T("Photo"),
        Domain.Disputes.EvidenceKind.Video => T("Video"),
        Domain.Disputes.EvidenceKind.Screenshot => T("Screenshot (conversation, listing, payment)"),
        Domain.Disputes.EvidenceKind.Document => T("Document (PDF)"),
        Domain.Disputes.EvidenceKind.ChatRecord => T("Chat record or email"),
        Domain.Disputes.EvidenceKind.PaymentProof => T("Payment proof"),
        Domain.Disputes.EvidenceKind.ShippingRecord => T("Shipping or tracking record"),
        Domain.Disputes.EvidenceKind.SupplierInformation => T("Supplier information"),
        _ => kind.ToString(),
    };

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    /// <summary>"in 2 days 4 hours", "in 35 minutes", or "overdue by 3 hours": the exact instant is shown beside it.</summary>
    public static string Countdown(DateTimeOffset due, DateTimeOffset now)
    {
        var left = due - now;
        var span = left.Duration();
        var text = span.TotalDays >= 1
            ? $"{Days((int)span.TotalDays)} {Hours(span.Hours)}"
            : span.TotalHours >= 1 ? $"{Hours((int)span.TotalHours)} {T("{0} min", span.Minutes)}" : T("{0} min", Math.Max(1, span.Minutes));
        return left >= TimeSpan.Zero ? T("in {0}", text) : T("overdue by {0}", text);
    }

    public static string Status(Domain.Disputes.DisputeStatus status) => status switch
    {
        Domain.Disputes.DisputeStatus.AwaitingSeller => T("Waiting for the seller"),
        Domain.Disputes.DisputeStatus.Negotiating => T("Negotiating"),
        Domain.Disputes.DisputeStatus.InMediation => T("With a moderator"),
        Domain.Disputes.DisputeStatus.AwaitingInformation => T("Information requested"),
        Domain.Disputes.DisputeStatus.Decided => T("Decided"),
        Domain.Disputes.DisputeStatus.Settled => T("Settled"),
        Domain.Disputes.DisputeStatus.Withdrawn => T("Withdrawn"),
        Domain.Disputes.DisputeStatus.Expired => T("Expired"),
        Domain.Disputes.DisputeStatus.UnderAppeal => T("Under appeal"),
        Domain.Disputes.DisputeStatus.Closed => T("Closed"),
        _ => status.ToString(),
    };

    public static string Actor(Domain.Disputes.ActorKind actor) => actor switch
    {
        Domain.Disputes.ActorKind.Buyer => T("Buyer"),
        Domain.Disputes.ActorKind.Seller => T("Seller"),
        Domain.Disputes.ActorKind.Moderator => T("Moderator"),
        Domain.Disputes.ActorKind.Administrator => T("Administrator"),
        _ => T("DisputeCenter (automatic)"),
    };

    public static string Remedy(Domain.Disputes.Remedy remedy) => remedy switch
    {
        Domain.Disputes.Remedy.FullRefund => T("Full refund"),
        Domain.Disputes.Remedy.PartialRefund => T("Partial refund, keep the goods"),
        Domain.Disputes.Remedy.ReturnAndRefund => T("Return the goods for a refund"),
        Domain.Disputes.Remedy.Replacement => T("Replacement"),
        _ => remedy.ToString(),
    };

    public static string EventKind(Domain.Disputes.Timeline.DisputeEventKind kind) => kind switch
    {
        Domain.Disputes.Timeline.DisputeEventKind.Filed => T("Dispute filed"),
        Domain.Disputes.Timeline.DisputeEventKind.SellerResponded => T("The seller answered"),
        Domain.Disputes.Timeline.DisputeEventKind.OfferMade => T("Offer made"),
        Domain.Disputes.Timeline.DisputeEventKind.OfferAccepted => T("Offer accepted"),
        Domain.Disputes.Timeline.DisputeEventKind.SellerRejected => T("The seller rejected the claim"),
        Domain.Disputes.Timeline.DisputeEventKind.Escalated => T("Sent to a moderator"),
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorAssigned => T("A moderator took the case"),
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorReleased => T("The moderator released the case"),
        Domain.Disputes.Timeline.DisputeEventKind.InformationRequested => T("Information requested"),
        Domain.Disputes.Timeline.DisputeEventKind.InformationAnswered => T("Information given"),
        Domain.Disputes.Timeline.DisputeEventKind.Decided => T("Decided"),
        Domain.Disputes.Timeline.DisputeEventKind.Appealed => T("Appealed"),
        Domain.Disputes.Timeline.DisputeEventKind.Withdrawn => T("Withdrawn by the buyer"),
        Domain.Disputes.Timeline.DisputeEventKind.Expired => T("Expired"),
        Domain.Disputes.Timeline.DisputeEventKind.Closed => T("Closed"),
        Domain.Disputes.Timeline.DisputeEventKind.EvidenceAdded => T("Evidence added"),
        Domain.Disputes.Timeline.DisputeEventKind.EvidenceHidden => T("Evidence hidden by a moderator"),
        Domain.Disputes.Timeline.DisputeEventKind.MessagePosted => T("Message"),
        Domain.Disputes.Timeline.DisputeEventKind.AutomaticAction => T("Automatic action"),
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorUnassigned => T("An administrator returned the case to the queue"),
        _ => kind.ToString(),
    };

    /// <summary>What happens to <paramref name="party"/> if it misses a moderator's request, in plain words.</summary>
    public static string MissedRequest(Domain.Disputes.MissedRequestConsequence consequence, Domain.Disputes.Party party) => consequence switch
    {
        Domain.Disputes.MissedRequestConsequence.DecideOnAvailableEvidence => T("the moderator decides on the evidence already given."),
        _ when party == Domain.Disputes.Party.Buyer => T("the dispute is closed without a refund."),
        _ => T("the case is decided for the buyer's claim."),
    };

    public static string Instant(DateTimeOffset? instant, string fallback) => instant is { } value ? Instant(value) : fallback;

    public static string Duration(TimeSpan span) =>
        span.TotalHours < 1 ? T("{0} min", Math.Max(1, (int)span.TotalMinutes))
        : span.TotalDays < 2 ? T("{0} hours", span.TotalHours.ToString("0", CultureInfo.CurrentCulture))
        : T("{0} days", span.TotalDays.ToString("0.#", CultureInfo.CurrentCulture));

    private static string Days(int days) => days == 1 ? T("{0} day", days) : T("{0} days", days);

    private static string Hours(int hours) => hours == 1 ? T("{0} hour", hours) : T("{0} hours", hours);

    public static string StatusClass(OrderStatus status) => "status status-" + status.ToString().ToLowerInvariant();
}
