using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>What the first bytes of a file say it is: an allowed format, or why it is refused.</summary>
public sealed record SniffResult(EvidenceFormat? Format, string? Refusal)
{
    public static SniffResult Empty { get; } = new(null, null);

    public bool IsEmpty => Format is null && Refusal is null;

    public static SniffResult Is(EvidenceFormat format) => new(format, null);

    public static SniffResult Refused(string reason) => new(null, reason);
}
