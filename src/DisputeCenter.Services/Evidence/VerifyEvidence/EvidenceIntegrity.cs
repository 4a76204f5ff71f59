namespace DisputeCenter.Services.Evidence.VerifyEvidence;

/// <summary>The fingerprint recorded when a file arrived, against what the store holds now.</summary>
public sealed record EvidenceIntegrity(Guid EvidenceId, string RecordedSha256, long RecordedSize, string? ActualSha256, long ActualSize)
{
    public bool IsIntact =>
        ActualSha256 is not null && RecordedSize == ActualSize && string.Equals(RecordedSha256, ActualSha256, StringComparison.Ordinal);
}
