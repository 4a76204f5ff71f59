using System.Text;
using System.Text.Json;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// An event as the API writes it, in a webhook's body and in the events list: <c>id</c>, <c>type</c>, <c>api_version</c>,
/// <c>created</c> and <c>data</c>.
/// </summary>
public static class WebhookPayload
{
    public const string ApiVersion = "v1";

    public static string Serialize(ApiEvent apiEvent)
    {
        ArgumentNullException.ThrowIfNull(apiEvent);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("id", apiEvent.PublicId);
            json.WriteString("type", apiEvent.Type);
            json.WriteString("api_version", ApiVersion);
            json.WriteString("created", apiEvent.CreatedAt);
            json.WritePropertyName("data");
            json.WriteRawValue(apiEvent.Data);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
