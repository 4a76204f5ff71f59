namespace DisputeCenter.Domain.Disputes;

/// <summary>Which fact of the order the filing window is anchored to.</summary>
public enum FilingWindowKind
{
    /// <summary>Goods received: from the delivery until N days after it.</summary>
    FromDelivery,

    /// <summary>Goods not (or late) received: from the expected delivery date until N days after it.</summary>
    FromExpectedDelivery,
}
