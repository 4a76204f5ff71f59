namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Exponential backoff for emails that could not be sent: 1 minute, 2, 4, … at most an hour apart.</summary>
public static class EmailRetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <summary>How long to wait after the <paramref name="failedAttempts"/>-th failed attempt.</summary>
    public static TimeSpan After(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var minutes = First.TotalMinutes * Math.Pow(2, Math.Min(failedAttempts - 1, 16));
        return minutes >= Longest.TotalMinutes ? Longest : TimeSpan.FromMinutes(minutes);
    }
}
