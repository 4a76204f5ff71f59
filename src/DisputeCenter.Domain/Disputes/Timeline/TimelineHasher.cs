using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Timeline;

/// <summary>
/// Chains a dispute's timeline with SHA-256 so that an edited, removed or reordered entry shows.
/// The canonical encoding is one line per field, each "name=length:value", in this order: dispute id
/// (lower-case "D" format), sequence, kind name, actor name, actor id (empty for none), occurred-at as
/// yyyy-MM-ddTHH:mm:ss.ffffffZ in UTC, payload, previous hash (empty for none); UTF-8.
/// </summary>
public static class TimelineHasher
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string Compute(
        Guid disputeId, int sequence, DisputeEventKind kind, ActorKind actor, string? actorId, DateTimeOffset occurredAt, string payload, string? previousHash)
    {
        var text = new StringBuilder();
        Append(text, "dispute", disputeId.ToString("D"));
        Append(text, "sequence", sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, "kind", kind.ToString());
        Append(text, "actor", actor.ToString());
        Append(text, "actorId", actorId ?? string.Empty);
        Append(text, "occurredAt", occurredAt.ToUniversalTime().ToString(InstantFormat, CultureInfo.InvariantCulture));
        Append(text, "payload", payload ?? string.Empty);
        Append(text, "previous", previousHash ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string Compute(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Compute(entry.DisputeId, entry.Sequence, entry.Kind, entry.Actor, entry.ActorId, entry.OccurredAt, entry.Payload, entry.PreviousHash);
    }

    /// <summary>
    /// The sequence number of the first entry that does not fit the chain (a gap, a wrong previous hash, or a
    /// hash that does not match its fields), or null when the whole chain verifies. Entries are taken in
    /// sequence order and must start at 1.
    /// </summary>
    public static int? VerifyChain(IEnumerable<TimelineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        string? previousHash = null;
        var expectedSequence = 1;
        foreach (var entry in entries.OrderBy(e => e.Sequence))
        {
            if (entry.Sequence != expectedSequence
                || !string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal)
                || !string.Equals(entry.Hash, Compute(entry), StringComparison.Ordinal))
            {
                return expectedSequence;
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return null;
    }

    /// <summary>Truncates to whole microseconds, in UTC: the precision PostgreSQL's timestamptz keeps.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static void Append(StringBuilder text, string name, string value) =>
        text.Append(name).Append('=').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
