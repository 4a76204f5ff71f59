using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DisputeCenter.Samples.Marketplace;

/// <summary>
/// The calls the sample makes to DisputeCenter's API (<c>/api/v1</c>, see docs/openapi/v1.json): snake_case JSON, the key
/// as a bearer token, an <c>Idempotency-Key</c> on every POST (the same key and body within 24 hours replays the first
/// answer, so a request retried after a timeout does its work once). An error answer (an RFC 9457 problem document)
/// becomes a <see cref="DisputeCenterApiException"/>.
/// </summary>
public sealed class DisputeCenterApi(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A client for the API of the site at <paramref name="site"/>, sending <paramref name="apiKey"/>.</summary>
    public static HttpClient CreateClient(Uri site, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(site);
        var root = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
        var client = new HttpClient { BaseAddress = new Uri(root, "api/v1/"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public Task<UpsertResult> UpsertSellerAsync(SellerInput seller, string idempotencyKey, CancellationToken cancellationToken) =>
        UpsertAsync("sellers", seller, idempotencyKey, cancellationToken);

    public Task<UpsertResult> UpsertBuyerAsync(BuyerInput buyer, string idempotencyKey, CancellationToken cancellationToken) =>
        UpsertAsync("buyers", buyer, idempotencyKey, cancellationToken);

    public Task<UpsertResult> UpsertOrderAsync(OrderInput order, string idempotencyKey, CancellationToken cancellationToken) =>
        UpsertAsync("orders", order, idempotencyKey, cancellationToken);

    public Task<RegisteredEndpoint> RegisterEndpointAsync(Uri url, IReadOnlyList<string> eventTypes, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<RegisteredEndpoint>("webhook-endpoints", new { url, event_types = eventTypes }, idempotencyKey, cancellationToken);

    public async Task<IReadOnlyList<EndpointView>> ListEndpointsAsync(CancellationToken cancellationToken) =>
        (await GetAsync<ListOf<EndpointView>>("webhook-endpoints", cancellationToken)).Data;

    public async Task DeleteEndpointAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync($"webhook-endpoints/{id}", cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
    }

    /// <summary>One page of disputes, in the order they last changed.</summary>
    public Task<DisputePage> ListDisputesAsync(string? cursor, CancellationToken cancellationToken) =>
        GetAsync<DisputePage>($"disputes?limit=100{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", cancellationToken);

    /// <summary>Accepts the buyer's claim as the seller (a marketplace's key may act for any seller).</summary>
    public Task<DisputeMoved> AcceptClaimAsync(Guid disputeId, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<DisputeMoved>($"disputes/{disputeId}/accept-claim", new { }, idempotencyKey, cancellationToken);

    /// <summary>Tells DisputeCenter the marketplace's payment system paid the refund, under <paramref name="reference"/>.</summary>
    public Task<RefundState> ReportRefundCompletedAsync(Guid refundId, string reference, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<RefundState>($"refunds/{refundId}/completed", new { reference }, idempotencyKey, cancellationToken);

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private async Task<T> PostAsync<T>(string path, object body, string idempotencyKey, CancellationToken cancellationToken) =>
        (await SendAsync<T>(path, body, idempotencyKey, cancellationToken)).Value;

    /// <summary>An upsert, marked <see cref="UpsertResult.Replayed"/> when the API answered from its idempotency store.</summary>
    private async Task<UpsertResult> UpsertAsync(string path, object body, string idempotencyKey, CancellationToken cancellationToken)
    {
        var (result, replayed) = await SendAsync<UpsertResult>(path, body, idempotencyKey, cancellationToken);
        return result with { Replayed = replayed };
    }

    private async Task<(T Value, bool Replayed)> SendAsync<T>(string path, object body, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: Json) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true", StringComparer.OrdinalIgnoreCase);
        return (await ReadAsync<T>(response, cancellationToken), replayed);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await ThrowIfFailedAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new DisputeCenterApiException((int)response.StatusCode, "Empty answer", "The API answered without a body.", null, null);
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        static string? Member(JsonElement problem, string name) =>
            problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        JsonElement problem = default;
        try
        {
            problem = JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
        }

        throw new DisputeCenterApiException(
            (int)response.StatusCode, Member(problem, "title") ?? response.ReasonPhrase ?? "Error", Member(problem, "detail"), Member(problem, "rule"), Member(problem, "field"));
    }
}

/// <summary>An error answer from the API: its status and what its problem document says (the domain rule that refused, the field).</summary>
public sealed class DisputeCenterApiException(int status, string title, string? detail, string? rule, string? field)
    : Exception($"{status} {title}{(detail is null ? "" : ": " + detail)}{(rule is null ? "" : $" (rule {rule})")}{(field is null ? "" : $" (field {field})")}")
{
    public int Status { get; } = status;

    public string? Rule { get; } = rule;
}
