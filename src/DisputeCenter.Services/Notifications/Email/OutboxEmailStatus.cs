namespace DisputeCenter.Services.Notifications.Email;

/// <summary>Where a queued email stands (stored as a string).</summary>
public enum OutboxEmailStatus
{
    /// <summary>Waiting to be sent, or to be tried again at its next attempt.</summary>
    Queued,

    Sent,

    /// <summary>Gave up after the maximum number of attempts.</summary>
    Failed,
}
