namespace DisputeCenter.Domain.Common;

/// <summary>Why a buyer disputes an order (stored as a string).</summary>
public enum DisputeReason
{
    NotReceived,
    LateDelivery,

    /// <summary>Quality defect, or quality or specification differs from what was promised.</summary>
    NotAsDescribed,

    /// <summary>Missing items, checked against the order's lines.</summary>
    IncompleteOrder,
    DamagedInTransit,
    TermsViolated,
}
