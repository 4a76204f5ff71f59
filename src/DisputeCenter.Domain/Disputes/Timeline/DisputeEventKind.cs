namespace DisputeCenter.Domain.Disputes.Timeline;

/// <summary>What happened on a dispute (stored as a string; part of the hashed record, so never rename a member).</summary>
public enum DisputeEventKind
{
    Filed,
    SellerResponded,
    OfferMade,
    OfferAccepted,
    SellerRejected,
    Escalated,
    ModeratorAssigned,
    ModeratorReleased,
    InformationRequested,
    InformationAnswered,
    Decided,
    Appealed,
    Withdrawn,
    Expired,
    Closed,
    EvidenceAdded,
    EvidenceHidden,
    MessagePosted,
    AutomaticAction,
    ModeratorUnassigned,

    /// <summary>A step of a return and refund (the payload's step says which).</summary>
    Return,
}
