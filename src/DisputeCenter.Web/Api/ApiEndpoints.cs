using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using DisputeCenter.Services.Integration.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Api;

/// <summary>
/// The JSON API under <c>/api/v1</c>: API-key authentication with scopes, a rate limit per client, idempotency keys on
/// every POST, snake_case JSON, and RFC 9457 problem documents for every error. The endpoints call the same services as
/// the pages; no rule lives here.
/// </summary>
public static partial class ApiEndpoints
{
    public const string Prefix = "/api/v1";
    public const string DocumentName = "v1";
    public const string RateLimitPolicy = "api";
    private const string AuthenticatedPolicy = "api";

    public static string ScopePolicy(string scope) => "api:" + scope;

    public static IServiceCollection AddDisputeCenterApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder()
            .AddPolicy(AuthenticatedPolicy, policy => policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        foreach (var scope in ApiScopes.All)
        {
            authorization.AddPolicy(ScopePolicy(scope), policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.ScopeClaim, scope));
        }

        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        var limit = configuration.GetSection("RateLimits:ApiPerClient").Get<ApiRateLimit>() ?? new ApiRateLimit();
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(RateLimitPolicy, context =>
            RateLimitPartition.GetTokenBucketLimiter(context.User.FindFirst(ApiKeyAuthentication.ClientClaim)?.Value ?? string.Empty, _ => limit.Bucket())));
        services.AddApiDocument();
        return services;
    }

    /// <summary>snake_case names and enum values, as Stripe and PayPal write them.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }

    public static WebApplication MapDisputeCenterApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix)
            .RequireAuthorization(AuthenticatedPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        IngestionApi.Map(api);
        DisputesApi.Map(api);
        EvidenceApi.Map(api);
        RefundsApi.Map(api);
        WebhooksApi.Map(api);
        api.MapFallback(() => TypedResults.Problem(ApiProblems.NotFound())).ExcludeFromDescription();
        app.MapApiDocument();
        return app;
    }

    /// <summary>
    /// Under <c>/api</c> the site's HTML status pages are off, and an error the framework answers without a body (a body the
    /// JSON reader could not bind, a method not allowed) gets a problem document.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            branch => branch.Use(async (context, next) =>
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }

                try
                {
                    await next(context);
                }
                catch (BadHttpRequestException e) when (!context.Response.HasStarted)
                {
                    // A request the framework could not read (a body that is not the JSON it should be, a parameter of the
                    // wrong type): the client's mistake, answered below as the problem its status code says.
                    context.Response.Clear();
                    context.Response.StatusCode = e.StatusCode;
                }
                catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
                {
                    LogFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiEndpoints)), e, context.Request.Path);
                    context.Response.Clear();
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                }

                if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0)
                {
                    var status = context.Response.StatusCode;
                    await ApiProblems.Write(context, status switch
                    {
                        StatusCodes.Status400BadRequest => ApiProblems.Problem(status, "bad-request", "Bad request", "The request could not be read: send JSON in the documented shape, and parameters of the documented types."),
                        StatusCodes.Status413PayloadTooLarge => ApiProblems.Problem(status, "too-large", "Request too large", "The request body is larger than this operation takes."),
                        StatusCodes.Status401Unauthorized => ApiProblems.Unauthorized(),
                        StatusCodes.Status403Forbidden => ApiProblems.Forbidden(),
                        StatusCodes.Status404NotFound => ApiProblems.NotFound(),
                        _ => ApiProblems.Problem(status, "error", "Error", "The request failed."),
                    });
                }
            }));

    [LoggerMessage(Level = LogLevel.Error, Message = "An API request to {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}

/// <summary>Requests per second one integration client may send (a token bucket: bursts up to twice that).</summary>
public sealed class ApiRateLimit
{
    public int PermitsPerSecond { get; set; } = 100;

    public TokenBucketRateLimiterOptions Bucket() => new()
    {
        TokenLimit = PermitsPerSecond * 2,
        TokensPerPeriod = PermitsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
