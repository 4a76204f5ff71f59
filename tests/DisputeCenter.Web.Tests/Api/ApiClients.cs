using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Web.Api;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>Integration clients made through the real service, and HTTP clients that call the API with their keys.</summary>
public static class ApiClients
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public static Task<IssuedKey> MarketplaceKeyAsync(this DisputeCenterApp app, params string[] scopes) =>
        app.Database.InScopeAsync(async services =>
        {
            var admin = await app.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Key Admin");
            var issued = await services.GetRequiredService<IntegrationClientService>()
                .CreateAsync("Marketplace back office", scopes.Length == 0 ? ApiScopes.All.ToArray() : scopes, admin.Id);
            return issued.Value!;
        });

    public static Task<IssuedKey> SellerKeyAsync(this DisputeCenterApp app, string sellerUserId) =>
        app.Database.InScopeAsync(async services =>
            (await services.GetRequiredService<IntegrationClientService>().CreateForSellerAsync("Seller's ERP", sellerUserId)).Value!);

    /// <summary>An HTTP client that sends <paramref name="key"/> as its bearer token.</summary>
    public static HttpClient ApiClient(this DisputeCenterApp app, string? key)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = DisputeCenterApp.SiteAddress });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyKeys.Header, idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Reads <c>/api/v1/events</c> the way a client catches up: page after page from the start, and, when
    /// <paramref name="complete"/> does not yet hold, again from the last event seen. The list holds back the
    /// events of transactions still open anywhere in the database (other tests' too), so an event may appear a
    /// moment after the request that wrote it; a test waits for it instead of failing on that moment.
    /// </summary>
    public static async Task<List<JsonElement>> EventsUntilAsync(this HttpClient client, string query, Func<IReadOnlyList<JsonElement>, bool> complete)
    {
        var seen = new List<JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            string? next;
            do
            {
                var after = seen.Count == 0 ? "" : "&after=" + seen[^1].GetProperty("id").GetString();
                var page = await (await client.GetAsync($"/api/v1/events?{query}{after}")).JsonAsync();
                seen.AddRange(page.GetProperty("data").EnumerateArray());
                next = page.GetProperty("next_cursor").GetString();
            }
            while (next is not null);

            if (complete(seen) || DateTime.UtcNow > deadline)
            {
                return seen;
            }

            await Task.Delay(100);
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiEndpoints.Configure(options);
        return options;
    }
}
