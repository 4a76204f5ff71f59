namespace DisputeCenter.Domain.Disputes;

/// <summary>Where a buyer stands with opening a dispute on an order (see <see cref="FilingOutlook"/>).</summary>
public enum FilingOutlookKind
{
    /// <summary>A dispute about the order is open already: follow it.</summary>
    DisputeOpen,

    /// <summary>No reason applies, every filing window has closed, or the order is unpaid.</summary>
    NotPossible,

    /// <summary>The seller has not been contacted (or the buyer said the problem was solved): contact comes first.</summary>
    ContactSellerFirst,

    /// <summary>The buyer wrote to the seller; the contact period has not run out yet.</summary>
    TalkingWithSeller,

    /// <summary>Seller contact is done, but the filing window has not opened yet.</summary>
    OpensLater,

    /// <summary>A dispute can be filed now.</summary>
    Possible,
}
