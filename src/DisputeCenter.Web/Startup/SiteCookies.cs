namespace DisputeCenter.Web.Startup;

/// <summary>
/// The names and the transport of the site's cookies. Outside Development every cookie is Secure and carries the
/// <c>__Host-</c> prefix: a browser then accepts it only over HTTPS, for this host alone, with no Domain and Path "/", so
/// neither a plain-HTTP page nor another site on a sibling subdomain can set or shadow a session, a token or a preference.
/// Development serves plain HTTP on localhost, where such cookies would be refused, so there they keep their bare names.
/// </summary>
public sealed class SiteCookies(bool secure)
{
    private const string HostPrefix = "__Host-";

    /// <summary>True outside Development: cookies are sent over HTTPS only.</summary>
    public bool Secure { get; } = secure;

    public string Authentication => Name("DisputeCenter.Auth");

    /// <summary>Who has given the right password and is asked for the second factor (five minutes, Identity's default).</summary>
    public string TwoFactorPending => Name("DisputeCenter.TwoFactor");

    /// <summary>"Remember this browser": the second factor is not asked here again for 30 days.</summary>
    public string TwoFactorRemembered => Name("DisputeCenter.Remembered");

    public string Antiforgery => Name("DisputeCenter.Antiforgery");

    public string Culture => Name("DisputeCenter.Culture");

    public string TimeZone => Name("DisputeCenter.TimeZone");

    public CookieSecurePolicy Policy => Secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    private string Name(string name) => Secure ? HostPrefix + name : name;
}
