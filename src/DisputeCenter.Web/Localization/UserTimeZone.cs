using DisputeCenter.Web.Startup;

namespace DisputeCenter.Web.Localization;

/// <summary>The time zone the user chose (cookie <see cref="SiteCookies.TimeZone"/>, IANA id), read by <see cref="Display"/> for the current request.</summary>
public static class UserTimeZone
{
    public static readonly IReadOnlyList<string> Offered =
    [
        "UTC", "Africa/Johannesburg", "Europe/London", "Europe/Amsterdam", "Asia/Shanghai", "America/New_York", "Asia/Kolkata", "Australia/Sydney",
    ];

    private static readonly AsyncLocal<TimeZoneInfo?> CurrentZone = new();

    public static TimeZoneInfo Current => CurrentZone.Value ?? TimeZoneInfo.Utc;

    public static string CurrentId => Current.Equals(TimeZoneInfo.Utc) ? "UTC" : Current.Id;

    /// <summary>An offered zone for the id, or null.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrEmpty(id) || !Offered.Contains(id, StringComparer.Ordinal))
        {
            return null;
        }

        if (id == "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Sets the zone for the rest of this async flow (a request, or a test).</summary>
    public static void Use(TimeZoneInfo? zone) => CurrentZone.Value = zone;

    public static IApplicationBuilder UseUserTimeZone(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            Use(Find(context.Request.Cookies[context.RequestServices.GetRequiredService<SiteCookies>().TimeZone]));
            await next(context);
        });
}
