using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Domain.Disputes;

/// <summary>A kind of evidence that strengthens a claim, with what it should show.</summary>
public sealed record EvidenceSuggestion(EvidenceKind Kind, string Description);
