using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>The event types a client can list or subscribe to: one for each kind of timeline entry, and three for a refund.</summary>
public static class ApiEventTypes
{
    public const string RefundInstructed = "refund.instructed";

    /// <summary>The marketplace's payment system reported an instructed refund paid.</summary>
    public const string RefundCompleted = "refund.completed";

    /// <summary>The payment system reported a refund's payout failed (a later refund.completed may follow).</summary>
    public const string RefundFailed = "refund.failed";

    public static string Of(DisputeEventKind kind) => kind switch
    {
        DisputeEventKind.Filed => "dispute.created",
        DisputeEventKind.SellerResponded => "dispute.seller_responded",
        DisputeEventKind.OfferMade => "dispute.offer_made",
        DisputeEventKind.OfferAccepted => "dispute.offer_accepted",
        DisputeEventKind.SellerRejected => "dispute.seller_rejected",
        DisputeEventKind.Escalated => "dispute.escalated",
        DisputeEventKind.ModeratorAssigned => "dispute.moderator_assigned",
        DisputeEventKind.ModeratorReleased => "dispute.moderator_released",
        DisputeEventKind.ModeratorUnassigned => "dispute.moderator_unassigned",
        DisputeEventKind.InformationRequested => "dispute.information_requested",
        DisputeEventKind.InformationAnswered => "dispute.information_answered",
        DisputeEventKind.Decided => "dispute.decided",
        DisputeEventKind.Appealed => "dispute.appealed",
        DisputeEventKind.Withdrawn => "dispute.withdrawn",
        DisputeEventKind.Expired => "dispute.expired",
        DisputeEventKind.Closed => "dispute.closed",
        DisputeEventKind.EvidenceAdded => "dispute.evidence_added",
        DisputeEventKind.EvidenceHidden => "dispute.evidence_hidden",
        DisputeEventKind.MessagePosted => "dispute.message_posted",
        DisputeEventKind.AutomaticAction => "dispute.automatic_action",
        DisputeEventKind.Return => "dispute.return_updated",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind of timeline entry has no event type yet."),
    };

    public static IReadOnlyList<string> All { get; } =
        [.. Enum.GetValues<DisputeEventKind>().Select(Of), RefundInstructed, RefundCompleted, RefundFailed];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
