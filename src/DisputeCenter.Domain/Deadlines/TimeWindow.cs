using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Deadlines;

/// <summary>A span of time, both ends inclusive, stored in UTC.</summary>
public sealed record TimeWindow
{
    public TimeWindow(DateTimeOffset from, DateTimeOffset until)
    {
        if (until < from)
        {
            throw new ArgumentException($"A window cannot end ({until:u}) before it starts ({from:u}).", nameof(until));
        }

        From = from.ToUniversalTime();
        Until = until.ToUniversalTime();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset Until { get; }

    public TimeSpan Length => Until - From;

    public static TimeWindow Starting(DateTimeOffset from, TimeSpan length) => new(from, from + length);

    /// <summary>True from <see cref="From"/> up to and including <see cref="Until"/>.</summary>
    public bool Contains(DateTimeOffset now) => From <= now && now <= Until;

    /// <summary>The whole window lies before <paramref name="now"/>: it has closed.</summary>
    public bool IsBefore(DateTimeOffset now) => Until < now;

    /// <summary>The whole window lies after <paramref name="now"/>: it has not opened yet.</summary>
    public bool IsAfter(DateTimeOffset now) => now < From;

    public override string ToString() => $"{UtcText.Format(From)} to {UtcText.Format(Until)}";
}
