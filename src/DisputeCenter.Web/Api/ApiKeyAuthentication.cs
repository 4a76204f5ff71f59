using System.Security.Claims;
using System.Text.Encodings.Web;
using DisputeCenter.Services.Integration.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Web.Api;

/// <summary>
/// The API's authentication: <c>Authorization: Bearer dck_…</c>, a key of an integration client. No key or a bad one is a
/// 401 and a key without the scope a 403, each a problem document, never a redirect to the sign-in page.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IntegrationClientService clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ClientClaim = "dc:client";
    public const string KeyClaim = "dc:key";
    public const string SellerClaim = "dc:seller";
    public const string ScopeClaim = "scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await clients.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var claims = new List<Claim>
        {
            new(ClientClaim, caller.ClientId.ToString()),
            new(KeyClaim, caller.KeyId.ToString()),
            new(ClaimTypes.Name, caller.Name),
        };
        claims.AddRange(caller.Scopes.Select(scope => new Claim(ScopeClaim, scope)));
        if (caller.SellerUserId is { } seller)
        {
            claims.Add(new Claim(SellerClaim, seller));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.Write(Context, ApiProblems.Unauthorized());
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Write(Context, ApiProblems.Forbidden());

    /// <summary>The caller of an authenticated API request.</summary>
    public static ApiCaller CallerOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ApiCaller(
            Guid.Parse(user.FindFirstValue(ClientClaim)!),
            Guid.Parse(user.FindFirstValue(KeyClaim)!),
            user.FindFirstValue(ClaimTypes.Name)!,
            user.FindAll(ScopeClaim).Select(c => c.Value).ToList(),
            user.FindFirstValue(SellerClaim));
    }
}
