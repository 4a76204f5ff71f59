using System.Text;
using System.Text.Json;

namespace DisputeCenter.Domain.Disputes.Timeline;

/// <summary>
/// The small data of a timeline entry as canonical JSON: one flat object of strings, keys in ordinal order,
/// no whitespace. Store it as text (not jsonb, which re-encodes it) so that the hash still verifies.
/// </summary>
public static class TimelinePayload
{
    public const string Empty = "{}";

    public static string From(IEnumerable<KeyValuePair<string, string?>> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in data.Where(d => d.Value is not null).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static IReadOnlyDictionary<string, string> Read(string payload) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(payload) ?? [];
}
