namespace DisputeCenter.Services.Evidence.Storage;

public sealed class EvidenceContentNotFoundException(Guid evidenceId, string detail)
    : InvalidOperationException($"The evidence store has no content for {evidenceId}: {detail}.")
{
    public Guid EvidenceId { get; } = evidenceId;
}
