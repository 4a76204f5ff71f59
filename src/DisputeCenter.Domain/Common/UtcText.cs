using System.Globalization;

namespace DisputeCenter.Domain.Common;

/// <summary>How instants appear in messages a user reads: to the minute, in UTC, always the same shape.</summary>
public static class UtcText
{
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
