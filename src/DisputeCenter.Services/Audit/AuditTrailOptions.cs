namespace DisputeCenter.Services.Audit;

/// <summary>
/// The keys that seal the timeline (section <c>AuditTrail</c>): <c>AuditTrail__CurrentKeyId</c> names the key new rows are
/// sealed with, <c>AuditTrail__Keys__{id}</c> holds each key as base64 (at least 32 bytes). Rotate by adding a key under a
/// new id and making it current; keep the old ones for as long as rows sealed with them must verify. The keys live in
/// configuration (a secret store), never in the database: whoever can write the database cannot forge a seal.
/// </summary>
public sealed class AuditTrailOptions
{
    public const string Section = "AuditTrail";

    public string? CurrentKeyId { get; set; }

    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);
}
