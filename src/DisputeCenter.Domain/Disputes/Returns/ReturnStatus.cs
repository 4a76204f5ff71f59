namespace DisputeCenter.Domain.Disputes.Returns;

/// <summary>Where a return stands (stored as a string).</summary>
public enum ReturnStatus
{
    /// <summary>The seller gives the address the goods go back to.</summary>
    AwaitingAddress,

    /// <summary>The buyer sends the goods with a carrier and enters the tracking number.</summary>
    AwaitingShipment,

    /// <summary>The goods are on their way; the seller may already confirm them.</summary>
    InTransit,

    /// <summary>The carrier shows the goods delivered; the seller confirms them or reports a problem.</summary>
    Delivered,

    /// <summary>The goods are back (confirmed, or the seller stayed silent after delivery): the buyer is refunded.</summary>
    Received,

    /// <summary>The seller reported the goods damaged or missing, or they never arrived: a moderator decides.</summary>
    ProblemReported,

    /// <summary>The buyer did not send the goods in time: no refund.</summary>
    Lapsed,
}
