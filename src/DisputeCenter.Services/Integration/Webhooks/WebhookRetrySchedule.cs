namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>Exponential backoff for a receiver that did not answer 2xx: 30 s, 1 min, 2, 4, … at most an hour apart, for three days.</summary>
public static class WebhookRetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>After this long since its first attempt a delivery is given up; an endpoint failing this long is disabled.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(3);

    /// <summary>How long to wait after the <paramref name="failedAttempts"/>-th failed attempt.</summary>
    public static TimeSpan After(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var seconds = First.TotalSeconds * Math.Pow(2, Math.Min(failedAttempts - 1, 16));
        return seconds >= Longest.TotalSeconds ? Longest : TimeSpan.FromSeconds(seconds);
    }
}
