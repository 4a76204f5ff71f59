using System.Security.Claims;
using System.Text;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.TwoFactor;

/// <summary>What an authenticator app needs: the shared key as text (in groups of four) and as an otpauth:// URI for the QR code.</summary>
public sealed record AuthenticatorSetup(string Key, string Uri);

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, Identity's authenticator token provider) and single-use recovery
/// codes. The people who move money, moderators and administrators, must have it: until they enrol their sign-in carries
/// <see cref="MissingClaim"/>, which keeps them out of every staff page, and they cannot switch it off.
/// </summary>
public sealed class TwoFactorService(UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The issuer an authenticator app shows beside the account.</summary>
    public const string Issuer = "DisputeCenter";

    /// <summary>The claim a staff account's sign-in carries while it has no second factor (see <c>AccountClaimsFactory</c>).</summary>
    public const string MissingClaim = "disputecenter:second_factor_missing";

    public const string EnrolPath = "/Identity/Account/Manage/EnableAuthenticator";

    /// <summary>How long "remember this browser" spares the second factor.</summary>
    public static readonly TimeSpan RememberBrowserFor = TimeSpan.FromDays(30);

    public static bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(role => role is Roles.Moderator or Roles.Administrator);

    public static bool IsMissing(ClaimsPrincipal user) => user?.HasClaim(c => c.Type == MissingClaim) == true;

    public async Task<bool> IsRequiredAsync(ApplicationUser user) => IsRequiredFor(await users.GetRolesAsync(user));

    /// <summary>The account's authenticator key, made now if it has none yet: the same until enrolment succeeds or two-factor is switched off.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity made no authenticator key.");
        }

        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        return new AuthenticatorSetup(Grouped(key), $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
    }

    /// <summary>
    /// Switches two-factor sign-in on once the app shows a right code, and returns the first recovery codes (shown once;
    /// each works once). Switching it on changes the security stamp, which ends the account's other sessions.
    /// </summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(ApplicationUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await VerifyAsync(user, code))
        {
            return Result<IReadOnlyList<string>>.Invalid([DomainText.Of($"That code is not right. Enter the six digits your authenticator app shows now.")]);
        }

        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            return Result<IReadOnlyList<string>>.Invalid(enabled.Errors.Select(e => e.Description));
        }

        return Result<IReadOnlyList<string>>.Ok(await NewCodesAsync(user));
    }

    /// <summary>Ten new recovery codes; the old ones stop working.</summary>
    public async Task<Result<IReadOnlyList<string>>> NewRecoveryCodesAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.TwoFactorEnabled
            ? Result<IReadOnlyList<string>>.Ok(await NewCodesAsync(user))
            : Result<IReadOnlyList<string>>.Invalid([DomainText.Of($"Turn on two-factor sign-in first.")]);
    }

    public Task<int> RecoveryCodesLeftAsync(ApplicationUser user) => users.CountRecoveryCodesAsync(user);

    /// <summary>Switches two-factor sign-in off for a buyer or seller and forgets the key; staff must keep it.</summary>
    public async Task<Result> DisableAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await IsRequiredAsync(user))
        {
            return Result.Invalid([DomainText.Of($"Moderators and administrators must keep two-factor sign-in on.")]);
        }

        var disabled = await users.SetTwoFactorEnabledAsync(user, false);
        if (disabled.Succeeded)
        {
            disabled = await users.ResetAuthenticatorKeyAsync(user);
        }

        return disabled.Succeeded ? Result.Ok() : Result.Invalid(disabled.Errors.Select(e => e.Description));
    }

    /// <summary>
    /// Turns two-factor sign-in on with a key chosen beforehand rather than made here: the Development seed's documented
    /// demo key, and the tests' (whose codes they compute). No page reaches it.
    /// </summary>
    public async Task EnrolWithKeyAsync(ApplicationUser user, string base32Key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (users.SupportsUserAuthenticatorKey && store is IUserAuthenticatorKeyStore<ApplicationUser> keys)
        {
            await keys.SetAuthenticatorKeyAsync(user, base32Key, cancellationToken);
        }

        var enabled = await users.SetTwoFactorEnabledAsync(user, true);
        if (!enabled.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", enabled.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Whether <paramref name="code"/> (spaces and dashes allowed) is the authenticator's code now.</summary>
    public Task<bool> VerifyAsync(ApplicationUser user, string? code)
    {
        var digits = Clean(code);
        return digits.Length == 0
            ? Task.FromResult(false)
            : users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    /// <summary>An authenticator code as typed, without the spaces and dashes people add.</summary>
    public static string Clean(string? code) => WithoutSpaces(code).Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>A recovery code as typed: its dash is part of it (Identity's form XXXXX-XXXXX), its letters upper case.</summary>
    public static string CleanRecoveryCode(string? code) => WithoutSpaces(code).ToUpperInvariant();

    private static string WithoutSpaces(string? code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);

    private async Task<IReadOnlyList<string>> NewCodesAsync(ApplicationUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []).ToList();

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
