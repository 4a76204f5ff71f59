namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// One event on its way to one endpoint: tried until the receiver answers 2xx, with backoff (see
/// <see cref="WebhookRetrySchedule"/>) for up to three days after the first attempt. Keeps what the last attempt got back.
/// </summary>
public sealed class WebhookDelivery
{
    public const int ResponseBodyMaxLength = 1000;
    public const int ErrorMaxLength = 500;

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid EndpointId { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the sender may try (again); also its lease while an attempt is under way.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? FirstAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastResponseStatus { get; private set; }

    public string? LastResponseBody { get; private set; }

    public string? LastError { get; private set; }

    public int? LastDurationMs { get; private set; }

    public DateTimeOffset? SucceededAt { get; private set; }

    public static WebhookDelivery For(Guid eventId, Guid endpointId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EventId = eventId,
        EndpointId = endpointId,
        Status = WebhookDeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>Records one attempt: a 2xx is a success; anything else is tried again later, until the retry period ends.</summary>
    public void RecordAttempt(DateTimeOffset startedAt, TimeSpan took, int? responseStatus, string? responseBody, string? error)
    {
        Attempts++;
        FirstAttemptAt ??= startedAt;
        LastAttemptAt = startedAt;
        LastResponseStatus = responseStatus;
        LastResponseBody = Clip(responseBody, ResponseBodyMaxLength);
        LastError = Clip(error, ErrorMaxLength);
        LastDurationMs = (int)Math.Min(int.MaxValue, took.TotalMilliseconds);
        if (responseStatus is >= 200 and < 300)
        {
            Status = WebhookDeliveryStatus.Succeeded;
            SucceededAt = startedAt + took;
            NextAttemptAt = null;
            return;
        }

        // The last attempt is made exactly when the retry period ends; if that fails too, the delivery is given up.
        var giveUpAt = FirstAttemptAt.Value + WebhookRetrySchedule.GiveUpAfter;
        if (startedAt >= giveUpAt)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            var next = startedAt + took + WebhookRetrySchedule.After(Attempts);
            NextAttemptAt = next < giveUpAt ? next : giveUpAt;
        }
    }

    /// <summary>An administrator sends it again now, whatever became of it; a new retry period starts.</summary>
    public void Resend(DateTimeOffset now)
    {
        Status = WebhookDeliveryStatus.Pending;
        NextAttemptAt = now;
        FirstAttemptAt = null;
        SucceededAt = null;
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
