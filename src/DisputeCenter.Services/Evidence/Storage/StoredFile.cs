namespace DisputeCenter.Services.Evidence.Storage;

/// <summary>What the store measured while writing: the size and the SHA-256 (lower-case hex) of the content.</summary>
public sealed record StoredFile(long SizeBytes, string Sha256);
