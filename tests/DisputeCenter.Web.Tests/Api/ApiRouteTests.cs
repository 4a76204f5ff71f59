using System.Net;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>Every API route, called by a client with every scope: answered with JSON (never a page or a bare status), with the security headers.</summary>
public sealed class ApiRouteTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    [Fact]
    public async Task Every_api_route_answers_a_keyed_client_with_json_and_the_security_headers()
    {
        var filed = await app.Database.FileAsync();
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();
        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} API routes");

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!, @"\{[^}]+\}", filed.DisputeId.ToString());
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method == "POST")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var type = response.Content.Headers.ContentType?.MediaType ?? "(none)";
                if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || !type.Contains("json", StringComparison.Ordinal)
                    || !response.Headers.Contains("X-Content-Type-Options") || !response.Headers.Contains("Content-Security-Policy"))
                {
                    failures.Add($"{method} {url}: {(int)response.StatusCode} {type}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_404_problem_not_a_page()
    {
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await client.PostAsync("/api/v1/orders", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
