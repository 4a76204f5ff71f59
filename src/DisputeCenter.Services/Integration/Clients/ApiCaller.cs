namespace DisputeCenter.Services.Integration.Clients;

/// <summary>Who is calling the API: an integration client, authenticated by one of its live keys.</summary>
public sealed record ApiCaller(Guid ClientId, Guid KeyId, string Name, IReadOnlyList<string> Scopes, string? SellerUserId)
{
    /// <summary>A seller's own client: it sees only that seller's claims, and acts as that seller.</summary>
    public bool IsSeller => SellerUserId is not null;
}
