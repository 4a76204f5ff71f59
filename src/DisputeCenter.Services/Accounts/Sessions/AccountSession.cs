namespace DisputeCenter.Services.Accounts.Sessions;

/// <summary>How a session's sign-in proved who it was.</summary>
public enum SignInMethod
{
    Password,
    PasswordAndAuthenticator,
    PasswordAndRecoveryCode,
    PasswordAndRememberedBrowser,
    Invitation,
}

/// <summary>
/// One sign-in and the session it started: when, from where, with what browser, and when it ended. Its id travels in
/// the session's cookie, so signing out ends this session on every instance, and the account page lists the recent
/// ones (the account's own record of access).
/// </summary>
public sealed class AccountSession
{
    public const int AddressMaxLength = 45;
    public const int BrowserMaxLength = 200;

    private AccountSession()
    {
        UserId = null!;
        Address = null!;
        Browser = null!;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset SignedInAt { get; private set; }

    public string Address { get; private set; }

    /// <summary>The browser's User-Agent as sent, cut to <see cref="BrowserMaxLength"/>.</summary>
    public string Browser { get; private set; }

    public SignInMethod Method { get; private set; }

    /// <summary>When the session was signed out, or ended with all the account's sessions; null while it may be in use.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public static AccountSession Start(string userId, string address, string? browser, SignInMethod method, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        SignedInAt = now,
        Address = address.Length > AddressMaxLength ? address[..AddressMaxLength] : address,
        Browser = string.IsNullOrWhiteSpace(browser) ? "unknown" : browser.Length > BrowserMaxLength ? browser[..BrowserMaxLength] : browser,
        Method = method,
    };
}
