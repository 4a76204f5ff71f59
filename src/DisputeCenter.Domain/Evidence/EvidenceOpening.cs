namespace DisputeCenter.Domain.Evidence;

/// <summary>A moderator opened an item of evidence; only the first time is kept.</summary>
public sealed class EvidenceOpening
{
    private EvidenceOpening()
    {
        ModeratorId = null!;
    }

    public EvidenceOpening(Guid disputeId, Guid evidenceItemId, string moderatorId, DateTimeOffset firstOpenedAt)
    {
        DisputeId = disputeId;
        EvidenceItemId = evidenceItemId;
        ModeratorId = moderatorId;
        FirstOpenedAt = firstOpenedAt.ToUniversalTime();
    }

    public Guid DisputeId { get; private set; }

    public Guid EvidenceItemId { get; private set; }

    public string ModeratorId { get; private set; }

    public DateTimeOffset FirstOpenedAt { get; private set; }
}
