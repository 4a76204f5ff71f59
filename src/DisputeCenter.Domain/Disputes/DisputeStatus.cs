namespace DisputeCenter.Domain.Disputes;

/// <summary>Where a dispute stands (stored as a string).</summary>
public enum DisputeStatus
{
    /// <summary>Filed; the seller has until the response deadline to answer.</summary>
    AwaitingSeller,

    /// <summary>The seller answered; the parties exchange offers until the negotiation deadline.</summary>
    Negotiating,

    /// <summary>Escalated to the platform: in the moderators' queue or with a moderator.</summary>
    InMediation,

    /// <summary>A moderator asked one party for information, with a due date.</summary>
    AwaitingInformation,

    /// <summary>A moderator decided; either party may appeal once within the appeal window.</summary>
    Decided,

    /// <summary>The remedy is a return: the goods go back, tracked, before the refund (see <see cref="Dispute.Return"/>).</summary>
    AwaitingReturn,

    /// <summary>Closed: the parties settled by accepting an offer.</summary>
    Settled,

    /// <summary>Closed: the buyer withdrew the dispute.</summary>
    Withdrawn,

    /// <summary>Closed: the buyer let a deadline pass.</summary>
    Expired,

    /// <summary>A decision was appealed and waits for a different moderator.</summary>
    UnderAppeal,

    /// <summary>Closed: the decision became final.</summary>
    Closed,
}
