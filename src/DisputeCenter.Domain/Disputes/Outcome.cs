namespace DisputeCenter.Domain.Disputes;

/// <summary>How a dispute ended for the money (stored as a string).</summary>
public enum Outcome
{
    FullRefund,
    PartialRefund,
    ReturnAndRefund,
    Replacement,
    Compensation,
    Rejected,
}
