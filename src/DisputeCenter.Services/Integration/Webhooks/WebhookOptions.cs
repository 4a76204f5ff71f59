namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>The "Webhooks" configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Run the webhook sender in this instance (every instance may: they share the work through row locks).</summary>
    public bool SenderEnabled { get; set; } = true;

    public int SendIntervalSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a receiver has to answer one request.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
