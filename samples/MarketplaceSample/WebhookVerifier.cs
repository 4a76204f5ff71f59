using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DisputeCenter.Samples.Marketplace;

/// <summary>
/// Checks a webhook as the Standard Webhooks specification (https://www.standardwebhooks.com) says a receiver should:
/// the <c>webhook-signature</c> header holds one or more space-separated <c>v1,&lt;base64&gt;</c> signatures, each an
/// HMAC-SHA256 of <c>{webhook-id}.{webhook-timestamp}.{raw body}</c> under the endpoint's secret (<c>whsec_</c> and the
/// base64 of the key); one must match, compared in constant time; and the timestamp must be within five minutes of
/// now, so a captured request cannot be replayed later.
/// </summary>
public sealed class WebhookVerifier
{
    public const string SecretPrefix = "whsec_";

    /// <summary>How far the timestamp may be from this machine's clock, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] _key;
    private readonly TimeProvider _clock;

    public WebhookVerifier(string secret, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A webhook secret starts with {SecretPrefix}.", nameof(secret));
        }

        _key = Convert.FromBase64String(secret[SecretPrefix.Length..]);
        _clock = clock;
    }

    public WebhookVerdict Verify(string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures))
        {
            return WebhookVerdict.Reject("the webhook-id, webhook-timestamp or webhook-signature header is missing");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return WebhookVerdict.Reject("the webhook-timestamp is not a unix time");
        }

        var age = _clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > Tolerance)
        {
            return WebhookVerdict.Reject($"the timestamp is {age.TotalMinutes:F0} minutes old (more than {Tolerance.TotalMinutes:F0}): a replay?");
        }

        if (age < -Tolerance)
        {
            return WebhookVerdict.Reject($"the timestamp is {-age.TotalMinutes:F0} minutes in the future");
        }

        var expected = Sign(id, timestamp, body);
        Span<byte> given = stackalloc byte[64];
        foreach (var signature in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Only v1 (HMAC-SHA256) is known; other versions are skipped, as the specification says.
            if (signature.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(signature[3..], given, out var length)
                && CryptographicOperations.FixedTimeEquals(given[..length], expected))
            {
                return WebhookVerdict.Accept;
            }
        }

        return WebhookVerdict.Reject("no signature matches: the body was changed, or it was not signed with this endpoint's secret");
    }

    private byte[] Sign(string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(_key, content);
    }
}

/// <summary>Whether a webhook may be trusted, and if not why.</summary>
public sealed record WebhookVerdict(bool Valid, string? Reason)
{
    public static WebhookVerdict Accept { get; } = new(true, null);

    public static WebhookVerdict Reject(string reason) => new(false, reason);
}
