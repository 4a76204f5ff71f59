using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Persistence.Configurations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Audit;

/// <summary>What a stored seal says about the row it seals.</summary>
public enum SealCheck
{
    Valid,

    /// <summary>The row carries no seal: written before sealing began, or by something other than the app.</summary>
    Missing,

    /// <summary>Sealed with a key this instance does not hold (retired too early, or invented).</summary>
    UnknownKey,

    /// <summary>The seal does not match the row: the row, or the seal, was changed outside the app.</summary>
    Mismatch,
}

/// <summary>
/// Seals the timeline with HMAC-SHA256 under a key from configuration (see <see cref="AuditTrailOptions"/>). The domain's
/// SHA-256 chain (<see cref="TimelineHasher"/>) shows an edit to anyone who recomputes it, and so lets anyone who can
/// write the table recompute it after an edit; the seal over each entry's hash, and over the dispute's head, needs the
/// key, which the database never sees. Each seal names its key id, so keys rotate without resealing old rows.
/// </summary>
public sealed class AuditSeals
{
    /// <summary>Used when no key is configured, outside Production only (Production refuses to start with it).</summary>
    public const string DevelopmentKeyId = "development";

    public const int MinimumKeyBytes = 32;

    public const int KeyIdMaxLength = TimelineEntryConfiguration.SealKeyIdMaxLength;

    private static readonly byte[] DevelopmentKey =
        SHA256.HashData("DisputeCenter's development audit-trail key. It is published with the source: never use it in Production."u8);

    private readonly Dictionary<string, byte[]> _keys;

    public AuditSeals(IOptions<AuditTrailOptions> options)
    {
        var configured = Given(options.Value);
        var problems = Problems(configured, production: false);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The audit-trail keys are not usable:\n- " + string.Join("\n- ", problems));
        }

        if (configured.CurrentKeyId is null && configured.Keys.Count == 0)
        {
            CurrentKeyId = DevelopmentKeyId;
            _keys = new(StringComparer.Ordinal) { [DevelopmentKeyId] = DevelopmentKey };
        }
        else
        {
            CurrentKeyId = configured.CurrentKeyId!;
            _keys = configured.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
        }
    }

    /// <summary>The key id new rows are sealed with.</summary>
    public string CurrentKeyId { get; }

    /// <summary>What is wrong with the configured keys; in Production a missing or published key is wrong too.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, bool production)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Problems(Given(configuration.GetSection(AuditTrailOptions.Section).Get<AuditTrailOptions>() ?? new AuditTrailOptions()), production);
    }

    public string SealEntry(TimelineEntry entry) => SealEntry(CurrentKeyId, entry);

    public string SealHead(Guid disputeId, int length, string? head) => SealHead(CurrentKeyId, disputeId, length, head);

    public SealCheck CheckEntry(TimelineEntry entry, string? keyId, string? seal) =>
        Check(keyId, seal, id => SealEntry(id, entry));

    public SealCheck CheckHead(Guid disputeId, int length, string? head, string? keyId, string? seal) =>
        Check(keyId, seal, id => SealHead(id, disputeId, length, head));

    /// <summary>The options without empty keys; with no key at all, none is configured (an empty environment variable is no key).</summary>
    private static AuditTrailOptions Given(AuditTrailOptions options)
    {
        var keys = options.Keys.Where(k => !string.IsNullOrWhiteSpace(k.Value)).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        return new AuditTrailOptions { CurrentKeyId = keys.Count == 0 ? null : options.CurrentKeyId, Keys = keys };
    }

    private static List<string> Problems(AuditTrailOptions options, bool production)
    {
        var problems = new List<string>();
        var section = AuditTrailOptions.Section;
        if (options.CurrentKeyId is null && options.Keys.Count == 0)
        {
            if (production)
            {
                problems.Add($"{section}:CurrentKeyId and {section}:Keys:<id> must give the key that seals the timeline " +
                             $"(base64, at least {MinimumKeyBytes} bytes; e.g. openssl rand -base64 32).");
            }

            return problems;
        }

        if (string.IsNullOrWhiteSpace(options.CurrentKeyId))
        {
            problems.Add($"{section}:CurrentKeyId must name one of {section}:Keys.");
        }
        else if (options.CurrentKeyId.Length > KeyIdMaxLength)
        {
            problems.Add($"{section}:CurrentKeyId must be at most {KeyIdMaxLength} characters.");
        }
        else if (!options.Keys.ContainsKey(options.CurrentKeyId))
        {
            problems.Add($"{section}:Keys:{options.CurrentKeyId} is missing: {section}:CurrentKeyId names it.");
        }

        foreach (var (id, value) in options.Keys)
        {
            var key = new byte[value.Length];
            if (!Convert.TryFromBase64String(value, key, out var length) || length < MinimumKeyBytes)
            {
                problems.Add($"{section}:Keys:{id} must be base64 of at least {MinimumKeyBytes} bytes.");
            }
            else if (production && key.AsSpan(0, length).SequenceEqual(DevelopmentKey))
            {
                problems.Add($"{section}:Keys:{id} is the published development key.");
            }
        }

        return problems;
    }

    private SealCheck Check(string? keyId, string? seal, Func<string, string> expected)
    {
        if (keyId is null || seal is null)
        {
            return SealCheck.Missing;
        }

        if (!_keys.ContainsKey(keyId))
        {
            return SealCheck.UnknownKey;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected(keyId)), Encoding.ASCII.GetBytes(seal))
            ? SealCheck.Valid
            : SealCheck.Mismatch;
    }

    private string SealEntry(string keyId, TimelineEntry entry) =>
        Mac(keyId, string.Create(CultureInfo.InvariantCulture, $"dispute-event\n{entry.DisputeId:D}\n{entry.Sequence}\n{entry.Hash}"));

    private string SealHead(string keyId, Guid disputeId, int length, string? head) =>
        Mac(keyId, string.Create(CultureInfo.InvariantCulture, $"dispute-head\n{disputeId:D}\n{length}\n{head}"));

    private string Mac(string keyId, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_keys[keyId], Encoding.UTF8.GetBytes(keyId + "\n" + text)));
}
