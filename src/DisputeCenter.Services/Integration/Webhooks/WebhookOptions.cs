namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>The "Webhooks" configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Run the webhook sender in this instance (every instance may: they share the work through row locks).</summary>
    public bool SenderEnabled { get; set; } = true;

    public int SendIntervalSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claimed delivery stays invisible to other senders: a sender that dies mid-batch releases its deliveries
    /// this way, and another instance sends them again (the receiver sees the same <c>webhook-id</c> twice at most).
    /// </summary>
    public int LeaseSeconds { get; set; } = 900;

    /// <summary>How long a receiver has to answer one request.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
