namespace DisputeCenter.Domain.Evidence;

public enum EvidenceStatus
{
    /// <summary>Uploaded and stored, not yet part of the case; its uploader may still remove it.</summary>
    Staged,

    /// <summary>Part of the case record; never removed.</summary>
    Submitted,

    /// <summary>Submitted, then hidden from the parties by a moderator (kept, with the reason).</summary>
    Hidden,
}
