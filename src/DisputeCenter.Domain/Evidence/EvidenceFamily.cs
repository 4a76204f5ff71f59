namespace DisputeCenter.Domain.Evidence;

/// <summary>The kinds of format that share a size limit.</summary>
public enum EvidenceFamily
{
    Image,
    Video,
    Document,
    Text,
}
