namespace DisputeCenter.Domain.Disputes;

/// <summary>What a party asks for or offers (stored as a string).</summary>
public enum Remedy
{
    FullRefund,

    /// <summary>A partial refund; the buyer keeps the goods.</summary>
    PartialRefund,
    ReturnAndRefund,

    /// <summary>The seller sends replacement goods; no money moves.</summary>
    Replacement,
}
