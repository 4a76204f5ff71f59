using System.Security.Cryptography;
using System.Text;

namespace DisputeCenter.Services.Integration.Clients;

/// <summary>
/// One secret of an <see cref="IntegrationClient"/>. The secret is shown once when made; only its SHA-256 is kept (it is
/// 256 random bits, so a fast hash is enough: there is nothing to guess). A client has at most two live keys, so it can
/// rotate: make the new one, deploy it, revoke the old one.
/// </summary>
public sealed class ApiKey
{
    public const string Prefix = "dck_";
    public const int MaxLiveKeysPerClient = 2;

    private ApiKey()
    {
        SecretHash = null!;
        Hint = null!;
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public byte[] SecretHash { get; private set; }

    /// <summary>The secret's last four characters, to tell keys apart on the page.</summary>
    public string Hint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsLive => RevokedAt is null;

    /// <summary>A new key and the one text that will ever show its secret: <c>dck_{id}_{secret}</c>.</summary>
    public static (ApiKey Key, string Presented) Issue(Guid clientId, DateTimeOffset now)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            SecretHash = Hash(secret),
            Hint = secret[^4..],
            CreatedAt = now,
        };
        return (key, $"{Prefix}{key.Id:N}_{secret}");
    }

    /// <summary>The key id and secret of a presented key, or null when it has not the shape of one.</summary>
    public static (Guid Id, string Secret)? Parse(string? presented)
    {
        if (presented is null || !presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length != Prefix.Length + 32 + 1 + 43
            || presented[Prefix.Length + 32] != '_' || !Guid.TryParseExact(presented.AsSpan(Prefix.Length, 32), "N", out var id))
        {
            return null;
        }

        return (id, presented[(Prefix.Length + 33)..]);
    }

    public bool Matches(string secret) => IsLive && CryptographicOperations.FixedTimeEquals(Hash(secret), SecretHash);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
