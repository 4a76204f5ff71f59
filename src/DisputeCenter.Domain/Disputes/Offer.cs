using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes;

/// <summary>
/// One entry of a dispute's offers ledger. Its content never changes; only its status does. The buyer's
/// claim is the first offer.
/// </summary>
public sealed class Offer
{
    public const int NoteMaxLength = 4000;
    public const int UserIdMaxLength = UserId.MaxLength;

    private Offer()
    {
        MadeByUserId = null!;
        Note = null!;
    }

    internal Offer(Guid id, int sequence, Party madeBy, string madeByUserId, Remedy kind, Money? amount, string note, DateTimeOffset madeAt)
    {
        Id = id;
        Sequence = sequence;
        MadeBy = madeBy;
        MadeByUserId = madeByUserId;
        Kind = kind;
        Amount = amount;
        Note = note;
        MadeAt = madeAt;
        Status = OfferStatus.Standing;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the buyer's claim, then 2, 3, … in the order offers were made.</summary>
    public int Sequence { get; private set; }

    public Party MadeBy { get; private set; }

    public string MadeByUserId { get; private set; }

    public Remedy Kind { get; private set; }

    /// <summary>The money the offer refunds; null for a replacement.</summary>
    public Money? Amount { get; private set; }

    public string Note { get; private set; }

    public DateTimeOffset MadeAt { get; private set; }

    public OfferStatus Status { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    public bool IsStanding => Status == OfferStatus.Standing;

    public override string ToString() => Amount is { } amount ? $"{Kind} of {amount}" : Kind.ToString();

    internal void ChangeStatus(OfferStatus status, DateTimeOffset now)
    {
        Status = status;
        StatusChangedAt = now;
    }
}
