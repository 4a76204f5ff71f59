using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>Money owed back to the buyer because of this dispute. Entries are only ever added.</summary>
public sealed class Refund
{
    private Refund()
    {
    }

    internal Refund(Guid id, Money amount, RefundCause cause, DateTimeOffset recordedAt)
    {
        Id = id;
        Amount = amount;
        Cause = cause;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Money Amount { get; private set; }

    public RefundCause Cause { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
