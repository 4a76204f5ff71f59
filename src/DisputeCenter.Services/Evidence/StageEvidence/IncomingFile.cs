using DisputeCenter.Domain.Evidence;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>
/// One uploaded file as the page received it. <paramref name="OriginalName"/> is only displayed (sanitised); the
/// format is decided from the content that <paramref name="Open"/> returns, which the service reads once and disposes.
/// <paramref name="Length"/> (e.g. <c>IFormFile.Length</c>), when known, lets an oversized file be refused unread.
/// </summary>
public sealed record IncomingFile(string? OriginalName, EvidenceKind Kind, string? Caption, Func<Stream> Open, long? Length = null);
