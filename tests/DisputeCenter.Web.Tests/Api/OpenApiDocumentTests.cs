using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

/// <summary>
/// The OpenAPI document describes every API operation, and <c>docs/openapi/v1.json</c> is its checked-in copy: a change to
/// the API without the copy fails here. To update the copy, run the tests with DISPUTECENTER_UPDATE_OPENAPI=1.
/// </summary>
public sealed class OpenApiDocumentTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static readonly string CheckedIn = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");

    [Fact]
    public async Task The_document_is_openapi_3_1_with_every_api_operation_and_the_key_scheme()
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("http", document["components"]!["securitySchemes"]!["ApiKey"]!["type"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject();
        var missing = new List<string>();
        foreach (var endpoint in ApiEndpoints())
        {
            var path = endpoint.RoutePattern.RawText!.Replace(":guid", string.Empty, StringComparison.Ordinal).TrimEnd('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                var operation = paths.FirstOrDefault(p => p.Key.TrimEnd('/') == path).Value?[method.ToLowerInvariant()];
                if (operation?["responses"] is null || operation["operationId"] is null)
                {
                    missing.Add($"{method} {path}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_checked_in_copy_is_the_document_the_app_serves()
    {
        var served = (await DocumentAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("DISPUTECENTER_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CheckedIn)!);
            await File.WriteAllTextAsync(CheckedIn, served);
        }

        Assert.True(File.Exists(CheckedIn), $"{CheckedIn} is missing: run the tests with DISPUTECENTER_UPDATE_OPENAPI=1.");
        Assert.True(
            served == await File.ReadAllTextAsync(CheckedIn),
            "The API changed but docs/openapi/v1.json did not: run the tests with DISPUTECENTER_UPDATE_OPENAPI=1 and commit the copy.");
    }

    [Fact]
    public async Task The_reference_page_is_for_administrators_outside_development()
    {
        using var stranger = app.Browser();
        var admin = await app.Data.UserAsync(Roles.Administrator, "Doc Reader");
        using var signedIn = app.Browser();
        await signedIn.SignInAsync(admin.Email!, TestData.Password);

        var refused = await stranger.GetAsync("/scalar/v1");
        var shown = await signedIn.GetAsync("/scalar/v1");

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("v1.json", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = app.Browser();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private List<RouteEndpoint> ApiEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
            .ToList();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DisputeCenter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("DisputeCenter.sln not found above " + AppContext.BaseDirectory);
    }
}
