using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;

namespace DisputeCenter.Domain.Disputes;

public enum RefundPayoutStatus
{
    /// <summary>The marketplace's payment system paid the refund back to the buyer.</summary>
    Completed,

    /// <summary>The payment system could not pay it (a closed card, a rejected account); it may still be paid later.</summary>
    Failed,
}

/// <summary>
/// What the marketplace's payment system reported about one <see cref="Refund"/> the platform instructed: paid, or failed
/// (and then perhaps paid on a later try). A completed payout is final. It never changes an amount: the refunds ledger alone
/// says how much is owed, so nothing reported here can take it past what the buyer paid.
/// </summary>
public sealed class RefundPayout : Entity
{
    public const int ReferenceMaxLength = 100;
    public const int ReasonMaxLength = 500;

    private RefundPayout()
    {
        Reference = null!;
    }

    public Guid RefundId { get; private set; }

    public Guid DisputeId { get; private set; }

    public RefundPayoutStatus Status { get; private set; }

    /// <summary>The payment system's own reference for the payout (or the failed attempt).</summary>
    public string Reference { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public uint Version { get; private set; }

    public static RefundPayout First(Guid refundId, Guid disputeId, RefundPayoutStatus status, string reference, string? reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        return new RefundPayout
        {
            RefundId = refundId,
            DisputeId = disputeId,
            Status = status,
            Reference = reference.Trim(),
            FailureReason = status == RefundPayoutStatus.Failed ? reason?.Trim() : null,
            ReportedAt = now,
        };
    }

    /// <summary>A later report; false when it repeats the one recorded (the payment system retried its call).</summary>
    public bool Report(RefundPayoutStatus status, string reference, string? reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (status == Status && string.Equals(reference.Trim(), Reference, StringComparison.Ordinal))
        {
            return false;
        }

        CheckRule(new CompletedRefundPayoutIsFinalRule(Status, Reference));
        Status = status;
        Reference = reference.Trim();
        FailureReason = status == RefundPayoutStatus.Failed ? reason?.Trim() : null;
        ReportedAt = now;
        return true;
    }
}
