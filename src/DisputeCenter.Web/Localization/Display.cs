using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Web.Localization;

/// <summary>
/// How values read on a page, in the current culture and the user's time zone: money, instants, durations, sizes, and the
/// names of statuses, kinds, parties, remedies and outcomes (their words come from <see cref="Text"/>).
/// </summary>
public static class Display
{
    public static string Outcome(Domain.Disputes.Outcome outcome) => outcome switch
    {
        Domain.Disputes.Outcome.FullRefund => Text.T("Full refund"),
        Domain.Disputes.Outcome.PartialRefund => Text.T("Partial refund"),
        Domain.Disputes.Outcome.ReturnAndRefund => Text.T("Return and refund"),
        Domain.Disputes.Outcome.Replacement => Text.T("Replacement"),
        Domain.Disputes.Outcome.Compensation => Text.T("Compensation"),
        _ => Text.T("Claim rejected"),
    };

    /// <summary>
    /// The words a timeline entry shows after its kind: what the party wrote, or why the platform acted; null when the
    /// event carries neither.
    /// </summary>
    public static string? Detail(TimelineEvent happened) => happened switch
    {
        TimelineEvent.Filed filed => Text.T(filed.Reason.Title()),
        TimelineEvent.SellerResponded answered => answered.Statement,
        TimelineEvent.SellerRejected rejected => rejected.Statement,
        TimelineEvent.Escalated { Why: EscalationReason.Requested } => Text.T("A party asked for mediation."),
        TimelineEvent.Escalated { Why: EscalationReason.SellerUnresponsive } => Text.T("The seller did not answer in time."),
        TimelineEvent.Escalated => Text.T("The parties did not settle in time."),
        TimelineEvent.InformationRequested requested => requested.What,
        TimelineEvent.InformationAnswered answered => answered.Answer,
        TimelineEvent.Decided decided => decided.Rationale,
        TimelineEvent.Withdrawn withdrawn => withdrawn.Reason,
        TimelineEvent.Expired => Text.T("The buyer did not answer the moderator in time."),
        TimelineEvent.Closed { Why: ClosureReason.AppealWindowClosed } => Text.T("Nobody appealed in time; the decision is final."),
        TimelineEvent.Closed { Why: ClosureReason.AppealDismissedBuyerSilent } => Text.T("The buyer did not answer in time; the appeal is dismissed and the decision stands."),
        TimelineEvent.Closed => Text.T("Decided on appeal."),
        TimelineEvent.EvidenceAdded added => added.Name,
        TimelineEvent.EvidenceHidden hidden => hidden.Reason,
        TimelineEvent.MessagePosted message => message.Body,
        TimelineEvent.InformationRequestMissed => Text.T("The requested information did not arrive in time."),
        TimelineEvent.ModeratorStalled => Text.T("No moderator acted in time; the case went back to the queue."),
        TimelineEvent.ModeratorUnassigned => Text.T("The moderator's account was disabled."),
        TimelineEvent.ReturnOpened opened => Text.T("Return and refund: the goods go back first; {0} is refunded when they arrive.", Money(opened.RefundDue)),
        TimelineEvent.ReturnAddressGiven { Address: { } address } => Text.T("Return address: {0}", address),
        TimelineEvent.ReturnAddressGiven => Text.T("The seller gave no address in time; the goods go to the platform's returns address."),
        TimelineEvent.ReturnShipped shipped => Text.T("Sent back with {0}, tracking number {1}.", shipped.Carrier, shipped.TrackingNumber),
        TimelineEvent.ReturnDelivered delivered => Text.T("The carrier shows the goods delivered on {0}.", Instant(delivered.DeliveredAt)),
        TimelineEvent.ReturnReceived { Automatically: true } received =>
            Text.T("The seller did not answer in time after delivery; {0} refunded automatically.", Money(received.Refund)),
        TimelineEvent.ReturnReceived received => Text.T("The seller confirmed the goods; {0} refunded.", Money(received.Refund)),
        TimelineEvent.ReturnProblemReported { Problem: Domain.Disputes.Returns.ReturnProblem.Damaged } problem => Text.T("Goods arrived damaged: {0}", problem.Statement),
        TimelineEvent.ReturnProblemReported problem => Text.T("Goods missing: {0}", problem.Statement),
        TimelineEvent.ReturnNotDelivered => Text.T("The carrier showed no delivery in time; a moderator looks into the return."),
        TimelineEvent.ReturnLapsed => Text.T("The goods were not sent back in time; no refund."),
        _ => null,
    };

    public static string Money(Money money) =>
        string.Create(CultureInfo.CurrentCulture, $"{money.Currency} {money.Amount.ToString("N" + Currency.Of(money.Currency).Decimals, CultureInfo.CurrentCulture)}");

    /// <summary>The instant in the user's time zone, with the zone named: "25 Nov 2026, 11:00 UTC" or "25 Nov 2026, 13:00 Africa/Johannesburg (UTC+02:00)".</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var zone = UserTimeZone.Current;
        if (zone.Equals(TimeZoneInfo.Utc))
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
        OrderStatus.AwaitingPayment => Text.T("Awaiting payment"),
        OrderStatus.AwaitingShipment => Text.T("Awaiting shipment"),
        OrderStatus.InTransit => Text.T("In transit"),
        OrderStatus.Late => Text.T("Late"),
        OrderStatus.PartiallyDelivered => Text.T("Partially delivered"),
        OrderStatus.Delivered => Text.T("Delivered"),
        _ => status.ToString(),
    };

    public static string SignInMethod(Services.Accounts.Sessions.SignInMethod method) => method switch
    {
        Services.Accounts.Sessions.SignInMethod.PasswordAndAuthenticator => Text.T("Password and authenticator code"),
        Services.Accounts.Sessions.SignInMethod.PasswordAndRecoveryCode => Text.T("Password and recovery code"),
        Services.Accounts.Sessions.SignInMethod.PasswordAndRememberedBrowser => Text.T("Password on a remembered browser"),
        Services.Accounts.Sessions.SignInMethod.Invitation => Text.T("Invitation link"),
        _ => Text.T("Password"),
    };

    public static string EvidenceKind(Domain.Evidence.EvidenceKind kind) => kind switch
    {
        Domain.Evidence.EvidenceKind.Photo => Text.T("Photo"),
        Domain.Evidence.EvidenceKind.Video => Text.T("Video"),
        Domain.Evidence.EvidenceKind.Screenshot => Text.T("Screenshot (conversation, listing, payment)"),
        Domain.Evidence.EvidenceKind.Document => Text.T("Document (PDF)"),
        Domain.Evidence.EvidenceKind.ChatRecord => Text.T("Chat record or email"),
        Domain.Evidence.EvidenceKind.PaymentProof => Text.T("Payment proof"),
        Domain.Evidence.EvidenceKind.ShippingRecord => Text.T("Shipping or tracking record"),
        Domain.Evidence.EvidenceKind.SupplierInformation => Text.T("Supplier information"),
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
            : span.TotalHours >= 1 ? $"{Hours((int)span.TotalHours)} {Text.T("{0} min", span.Minutes)}" : Text.T("{0} min", Math.Max(1, span.Minutes));
        return left >= TimeSpan.Zero ? Text.T("in {0}", text) : Text.T("overdue by {0}", text);
    }

    public static string Status(Domain.Disputes.DisputeStatus status) => status switch
    {
        Domain.Disputes.DisputeStatus.AwaitingSeller => Text.T("Waiting for the seller"),
        Domain.Disputes.DisputeStatus.Negotiating => Text.T("Negotiating"),
        Domain.Disputes.DisputeStatus.InMediation => Text.T("With a moderator"),
        Domain.Disputes.DisputeStatus.AwaitingInformation => Text.T("Information requested"),
        Domain.Disputes.DisputeStatus.Decided => Text.T("Decided"),
        Domain.Disputes.DisputeStatus.AwaitingReturn => Text.T("Return in progress"),
        Domain.Disputes.DisputeStatus.Settled => Text.T("Settled"),
        Domain.Disputes.DisputeStatus.Withdrawn => Text.T("Withdrawn"),
        Domain.Disputes.DisputeStatus.Expired => Text.T("Expired"),
        Domain.Disputes.DisputeStatus.UnderAppeal => Text.T("Under appeal"),
        Domain.Disputes.DisputeStatus.Closed => Text.T("Closed"),
        _ => status.ToString(),
    };

    public static string Actor(Domain.Common.ActorKind actor) => actor switch
    {
        Domain.Common.ActorKind.Buyer => Text.T("Buyer"),
        Domain.Common.ActorKind.Seller => Text.T("Seller"),
        Domain.Common.ActorKind.Moderator => Text.T("Moderator"),
        Domain.Common.ActorKind.Administrator => Text.T("Administrator"),
        _ => Text.T("DisputeCenter (automatic)"),
    };

    public static string Remedy(Domain.Disputes.Remedy remedy) => remedy switch
    {
        Domain.Disputes.Remedy.FullRefund => Text.T("Full refund"),
        Domain.Disputes.Remedy.PartialRefund => Text.T("Partial refund, keep the goods"),
        Domain.Disputes.Remedy.ReturnAndRefund => Text.T("Return the goods for a refund"),
        Domain.Disputes.Remedy.Replacement => Text.T("Replacement"),
        _ => remedy.ToString(),
    };

    public static string EventKind(Domain.Disputes.Timeline.DisputeEventKind kind) => kind switch
    {
        Domain.Disputes.Timeline.DisputeEventKind.Filed => Text.T("Dispute filed"),
        Domain.Disputes.Timeline.DisputeEventKind.SellerResponded => Text.T("The seller answered"),
        Domain.Disputes.Timeline.DisputeEventKind.OfferMade => Text.T("Offer made"),
        Domain.Disputes.Timeline.DisputeEventKind.OfferAccepted => Text.T("Offer accepted"),
        Domain.Disputes.Timeline.DisputeEventKind.SellerRejected => Text.T("The seller rejected the claim"),
        Domain.Disputes.Timeline.DisputeEventKind.Escalated => Text.T("Sent to a moderator"),
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorAssigned => Text.T("A moderator took the case"),
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorReleased => Text.T("The moderator released the case"),
        Domain.Disputes.Timeline.DisputeEventKind.InformationRequested => Text.T("Information requested"),
        Domain.Disputes.Timeline.DisputeEventKind.InformationAnswered => Text.T("Information given"),
        Domain.Disputes.Timeline.DisputeEventKind.Decided => Text.T("Decided"),
        Domain.Disputes.Timeline.DisputeEventKind.Appealed => Text.T("Appealed"),
        Domain.Disputes.Timeline.DisputeEventKind.Withdrawn => Text.T("Withdrawn by the buyer"),
        Domain.Disputes.Timeline.DisputeEventKind.Expired => Text.T("Expired"),
        Domain.Disputes.Timeline.DisputeEventKind.Closed => Text.T("Closed"),
        Domain.Disputes.Timeline.DisputeEventKind.EvidenceAdded => Text.T("Evidence added"),
        Domain.Disputes.Timeline.DisputeEventKind.EvidenceHidden => Text.T("Evidence hidden by a moderator"),
        Domain.Disputes.Timeline.DisputeEventKind.MessagePosted => Text.T("Message"),
        Domain.Disputes.Timeline.DisputeEventKind.AutomaticAction => Text.T("Automatic action"),
        Domain.Disputes.Timeline.DisputeEventKind.ModeratorUnassigned => Text.T("An administrator returned the case to the queue"),
        Domain.Disputes.Timeline.DisputeEventKind.Return => Text.T("Return"),
        _ => kind.ToString(),
    };

    /// <summary>What happens to <paramref name="party"/> if it misses a moderator's request, in plain words.</summary>
    public static string MissedRequest(Domain.Disputes.MissedRequestConsequence consequence, Domain.Common.Party party) => consequence switch
    {
        Domain.Disputes.MissedRequestConsequence.DecideOnAvailableEvidence => Text.Phrase("the moderator decides on the evidence already given."),
        _ when party == Domain.Common.Party.Buyer => Text.Phrase("the dispute is closed without a refund."),
        _ => Text.Phrase("the case is decided for the buyer's claim."),
    };

    public static string Instant(DateTimeOffset? instant, string fallback) => instant is { } value ? Instant(value) : fallback;

    public static string Duration(TimeSpan span) =>
        span.TotalHours < 1 ? Text.T("{0} min", Math.Max(1, (int)span.TotalMinutes))
        : span.TotalDays < 2 ? Text.T("{0} hours", span.TotalHours.ToString("0", CultureInfo.CurrentCulture))
        : Text.T("{0} days", span.TotalDays.ToString("0.#", CultureInfo.CurrentCulture));

    private static string Days(int days) => days == 1 ? Text.T("{0} day", days) : Text.T("{0} days", days);

    private static string Hours(int hours) => hours == 1 ? Text.T("{0} hour", hours) : Text.T("{0} hours", hours);

    public static string StatusClass(OrderStatus status) => "status status-" + status.ToString().ToLowerInvariant();
}
