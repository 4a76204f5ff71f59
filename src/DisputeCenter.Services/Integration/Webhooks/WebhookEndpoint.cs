namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// A URL of an integration client's that receives the events it chose. Its signing secret is kept encrypted with Data
/// Protection (the sender needs it to sign), shown once at registration. After <see cref="WebhookRetrySchedule.GiveUpAfter"/>
/// of failures it is disabled and the administrators are told.
/// </summary>
public sealed class WebhookEndpoint
{
    public const int UrlMaxLength = 2000;
    public const int MaxEventTypes = 50;

    private WebhookEndpoint()
    {
        Url = null!;
        EventTypes = null!;
        ProtectedSecret = null!;
    }

    public Guid Id { get; private set; }

    public Guid ClientId { get; private set; }

    public string Url { get; private set; }

    public string[] EventTypes { get; private set; }

    /// <summary>The signing secret, encrypted with Data Protection: never stored in plain text.</summary>
    public string ProtectedSecret { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Since when every delivery has failed; null while the receiver answers.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsActive => DisabledAt is null && DeletedAt is null;

    public bool Wants(string type) => Array.IndexOf(EventTypes, type) >= 0;

    public static WebhookEndpoint Register(Guid clientId, Uri url, IEnumerable<string> eventTypes, string protectedSecret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new WebhookEndpoint
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            Url = url.AbsoluteUri,
            EventTypes = eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            ProtectedSecret = protectedSecret,
            CreatedAt = now,
        };
    }

    public void RecordSuccess() => FailingSince = null;

    public void RecordFailure(DateTimeOffset now) => FailingSince ??= now;

    /// <summary>True when the receiver has failed for the whole retry period: the caller disables it and tells the administrators.</summary>
    public bool HasFailedTooLong(DateTimeOffset now) => FailingSince is { } since && now - since >= WebhookRetrySchedule.GiveUpAfter;

    public void Disable(DateTimeOffset now) => DisabledAt ??= now;

    /// <summary>An administrator turns it back on: deliveries due resume.</summary>
    public void Enable()
    {
        DisabledAt = null;
        FailingSince = null;
    }

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;
}
