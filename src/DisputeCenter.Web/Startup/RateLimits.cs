using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using DisputeCenter.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// How often a stranger may knock: ASP.NET Core's rate limiter on the forms that guess or create accounts, partitioned by
/// client address (the one the trusted proxy forwarded, see <see cref="ReverseProxy"/>). Over a limit the answer is
/// 429 with <c>Retry-After</c>, and the status page says in the reader's language when to try again.
/// </summary>
/// <remarks>
/// Sign-in is limited twice: per address on the middleware (all posts of the form) and per address and account in the
/// page itself (<see cref="SignInThrottle"/>), because the account is only known once the form is read. The second limit
/// stops a guesser before Identity's own lockout would, and it is per source: a stranger who hammers a moderator's
/// address locks out only themselves; the moderator signs in from anywhere else. Identity's account-wide lockout stays
/// as a backstop at a threshold only a crowd of addresses can reach (<see cref="AccountLockoutAttempts"/>).
/// </remarks>
public static class RateLimits
{
    public const string Section = "RateLimits";

    public const string SignIn = "sign-in";

    public const string Registration = "registration";

    /// <summary>Asking for a password reset link, and the confirmation link again.</summary>
    public const string AccountEmails = "account-emails";

    /// <summary>Posts that carry files: limited in concurrency per account and, through the global limiter, in all.</summary>
    public const string Uploads = "uploads";

    /// <summary>Failed sign-ins, from all sources together, before Identity locks the account for a while.</summary>
    public const int AccountLockoutAttempts = 100;

    /// <summary><see cref="HttpContext.Items"/> key of the time a refused client may try again.</summary>
    public const string RetryAfterItem = "DisputeCenter.RetryAfter";

    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(settings);
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // A window limit knows when it reopens; a concurrency limit (uploads) does not: a transfer slot frees within seconds.
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
                Refuse(context.HttpContext, retryAfter);
                return context.HttpContext.Request.Path.StartsWithSegments(Api.ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)
                    ? new ValueTask(Api.ApiProblems.Write(context.HttpContext, Api.ApiProblems.TooManyRequests((int)Math.Ceiling(retryAfter.TotalSeconds))))
                    : ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => PostsPerAddress(context, settings.SignInPerAddress));
            options.AddPolicy(Registration, context => PostsPerAddress(context, settings.RegistrationPerAddress));
            options.AddPolicy(AccountEmails, context => PostsPerAddress(context, settings.AccountEmailsPerAddress));
            // A transfer holds a connection (and, while it is written, a database connection) for as long as the body
            // takes: so many at once per account, and so many at once in all, whoever sends them.
            options.AddPolicy(Uploads, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetConcurrencyLimiter(Account(context), _ => Concurrent(settings.UploadsPerAccount))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Uploads
                    ? RateLimitPartition.GetConcurrencyLimiter(Uploads, _ => Concurrent(settings.UploadsInAll))
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>A 429 with <c>Retry-After</c> in whole seconds; the status page reads the time from the request.</summary>
    public static void Refuse(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Items[RetryAfterItem] = TimeSpan.FromSeconds(seconds);
    }

    /// <summary>When a client refused for <paramref name="wait"/> may try again, as the reader's clock shows it.</summary>
    public static string TryAgainAt(TimeProvider clock, TimeSpan wait) =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow() + wait, UserTimeZone.Current).ToString("HH:mm", CultureInfo.CurrentCulture);

    /// <summary>The client's address as a partition key (unknown addresses share one partition).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : IPAddress.None.ToString();

    /// <summary>The signed-in account, or the client address for a stranger (who is sent to sign in anyway).</summary>
    /// <summary>The signed-in account, else the API client (an integration's key), else the client's address.</summary>
    private static string Account(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? (context.User.FindFirstValue(Api.ApiKeyAuthentication.ClientClaim) is { } client ? "api-client:" + client : null)
        ?? ClientAddress(context);

    private static ConcurrencyLimiterOptions Concurrent(int permits) => new() { PermitLimit = permits, QueueLimit = 0 };

    private static RateLimitPartition<string> PostsPerAddress(HttpContext context, WindowLimit limit) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => limit.Window())
            : RateLimitPartition.GetNoLimiter(string.Empty);
}

/// <summary>The limits, from the <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Posts of the sign-in form from one address.</summary>
    public WindowLimit SignInPerAddress { get; set; } = new() { Permits = 20, Minutes = 15 };

    /// <summary>Sign-in attempts for one account from one address: below Identity's five failures, so a guesser stops first.</summary>
    public WindowLimit SignInPerAccountAndAddress { get; set; } = new() { Permits = 4, Minutes = 15 };

    /// <summary>New accounts asked for from one address.</summary>
    public WindowLimit RegistrationPerAddress { get; set; } = new() { Permits = 5, Minutes = 60 };

    /// <summary>Password reset links and confirmation links asked for from one address.</summary>
    public WindowLimit AccountEmailsPerAddress { get; set; } = new() { Permits = 5, Minutes = 60 };

    /// <summary>Uploads one account may have in progress at once.</summary>
    public int UploadsPerAccount { get; set; } = 3;

    /// <summary>Uploads in progress at once on this instance, from everyone together.</summary>
    public int UploadsInAll { get; set; } = 64;
}

/// <summary><see cref="Permits"/> requests in any <see cref="Minutes"/>-minute window.</summary>
public sealed class WindowLimit
{
    public int Permits { get; set; }

    public int Minutes { get; set; }

    /// <summary>
    /// A fixed window: its refusal says exactly when the window ends, so <c>Retry-After</c> is a time that works
    /// (a sliding window's refusal names only a segment, after which the client may well be refused again).
    /// </summary>
    public FixedWindowRateLimiterOptions Window() => new()
    {
        PermitLimit = Permits,
        Window = TimeSpan.FromMinutes(Minutes),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>Sign-in attempts per account and client address, taken by the sign-in page once it knows the account.</summary>
public sealed class SignInThrottle(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key, _ => settings.SignInPerAccountAndAddress.Window()),
        StringComparer.Ordinal);

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? Attempt(HttpContext context, string email)
    {
        using var lease = _limiter.AttemptAcquire($"{RateLimits.ClientAddress(context)}|{email.Trim().ToUpperInvariant()}");
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(settings.SignInPerAccountAndAddress.Minutes);
    }

    public void Dispose() => _limiter.Dispose();
}
