using System.Security.Cryptography;
using System.Text;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// Signs requests in the Standard Webhooks format (https://www.standardwebhooks.com): the headers <c>webhook-id</c> (the
/// event's id, the same on every retry so receivers can drop duplicates), <c>webhook-timestamp</c> (unix seconds) and
/// <c>webhook-signature</c>: <c>v1,</c> and the base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c> under the secret. The
/// secret is shown to the client as <c>whsec_</c> and the base64 of its 32 random bytes, as the standard's libraries expect.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var signed = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signed);
    }
}
