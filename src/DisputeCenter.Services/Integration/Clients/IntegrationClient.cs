namespace DisputeCenter.Services.Integration.Clients;

/// <summary>
/// A system that talks to the API: a marketplace's back office (created by an administrator, any scopes) or a seller's
/// own tools (created by the seller, limited to that seller's claims). It authenticates with one of its <see cref="ApiKey"/>s.
/// </summary>
public sealed class IntegrationClient
{
    public const int NameMaxLength = 100;

    private IntegrationClient()
    {
        Name = null!;
        Scopes = null!;
        CreatedBy = null!;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string[] Scopes { get; private set; }

    /// <summary>Set for a seller's key: the client sees and acts on that seller's claims only.</summary>
    public string? SellerUserId { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public bool Has(string scope) => Array.IndexOf(Scopes, scope) >= 0;

    public static IntegrationClient Create(string name, IEnumerable<string> scopes, string? sellerUserId, string createdBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        return new IntegrationClient
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Scopes = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            SellerUserId = sellerUserId,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
