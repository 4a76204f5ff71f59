using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.Tokens;

/// <summary>
/// Identity's Data Protection token, dated by the app's <see cref="TimeProvider"/> rather than the machine's clock
/// (Identity's own <see cref="DataProtectorTokenProvider{TUser}"/> reads <see cref="DateTimeOffset.UtcNow"/>), so a
/// link's expiry is a rule the tests can reach. The token binds the account, the purpose and the security stamp: any
/// change of password or sign-out everywhere voids it, which makes a link that changes the stamp single-use.
/// Each subclass is one kind of link with a lifetime of its own and keys no other kind can read.
/// </summary>
public abstract class ClockedTokenProvider<TUser>(IDataProtectionProvider dataProtection, TimeProvider clock, string name, TimeSpan lifetime)
    : IUserTwoFactorTokenProvider<TUser>
    where TUser : class
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("DisputeCenter.AccountTokens", name);

    public TimeSpan Lifetime => lifetime;

    public async Task<string> GenerateAsync(string purpose, UserManager<TUser> manager, TUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var payload = string.Join('\n',
            clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture),
            await manager.GetUserIdAsync(user),
            purpose,
            await StampAsync(manager, user));
        return Convert.ToBase64String(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<TUser> manager, TUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(Convert.FromBase64String(token))).Split('\n');
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false;
        }

        return parts.Length == 4
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && clock.GetUtcNow() < new DateTimeOffset(ticks, TimeSpan.Zero) + lifetime
            && string.Equals(parts[1], await manager.GetUserIdAsync(user), StringComparison.Ordinal)
            && string.Equals(parts[2], purpose, StringComparison.Ordinal)
            && string.Equals(parts[3], await StampAsync(manager, user), StringComparison.Ordinal);
    }

    /// <summary>These tokens travel by email link; they are never a second factor.</summary>
    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<TUser> manager, TUser user) => Task.FromResult(false);

    private static async Task<string> StampAsync(UserManager<TUser> manager, TUser user) =>
        manager.SupportsUserSecurityStamp ? await manager.GetSecurityStampAsync(user) : string.Empty;
}
