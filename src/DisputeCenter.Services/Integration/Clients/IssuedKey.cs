namespace DisputeCenter.Services.Integration.Clients;

/// <summary>A key just made: <see cref="Secret"/> is shown this once and never again.</summary>
public sealed record IssuedKey(Guid ClientId, Guid KeyId, string Secret);

/// <summary>A client as its list shows it.</summary>
public sealed record ClientSummary(
    Guid Id, string Name, IReadOnlyList<string> Scopes, string? SellerUserId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, IReadOnlyList<KeySummary> Keys);

public sealed record KeySummary(Guid Id, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
