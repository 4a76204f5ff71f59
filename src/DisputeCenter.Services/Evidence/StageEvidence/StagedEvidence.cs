using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>A file the vault accepted and staged.</summary>
public sealed record StagedEvidence(
    Guid Id, string OriginalName, string StoredName, EvidenceFormat Format, string MimeType, long SizeBytes, string Sha256, EvidenceKind Kind, string? Caption)
{
    public static StagedEvidence From(EvidenceItem item) => new(
        item.Id, item.OriginalName, item.StoredName, item.Format, item.MimeType, item.SizeBytes, item.Sha256, item.Kind, item.Caption);
}
