namespace DisputeCenter.Domain.Disputes;

public enum OfferStatus
{
    /// <summary>Open to acceptance by the other party.</summary>
    Standing,
    Accepted,

    /// <summary>Replaced by a newer offer from the same party.</summary>
    Superseded,

    /// <summary>Rejected by the other party.</summary>
    Rejected,

    /// <summary>No longer open because the dispute left negotiation for good (settled, withdrawn, decided, expired).</summary>
    Lapsed,
}
