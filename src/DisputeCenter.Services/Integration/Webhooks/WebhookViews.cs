namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>An endpoint just registered: <see cref="Secret"/> is shown this once and never again.</summary>
public sealed record RegisteredEndpoint(EndpointView Endpoint, string Secret);

public sealed record EndpointView(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt, DateTimeOffset? FailingSince, DateTimeOffset? DisabledAt)
{
    public static EndpointView From(WebhookEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new(endpoint.Id, endpoint.Url, endpoint.EventTypes, endpoint.CreatedAt, endpoint.FailingSince, endpoint.DisabledAt);
    }
}

/// <summary>One delivery as the client and the administrator see it.</summary>
public sealed record DeliveryView(
    Guid Id, Guid EndpointId, string EventId, string EventType, WebhookDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt, int? LastResponseStatus, string? LastResponseBody, string? LastError, int? LastDurationMs, DateTimeOffset? NextAttemptAt);

/// <summary>An endpoint on the administrator's page: its client, its state and its latest deliveries.</summary>
public sealed record AdminEndpointView(EndpointView Endpoint, string ClientName, IReadOnlyList<DeliveryView> Deliveries);

/// <summary>A page of events; <see cref="NextCursor"/> is the last event's id, to pass as <c>after</c>.</summary>
public sealed record EventPage(IReadOnlyList<ApiEvent> Items, string? NextCursor);

/// <summary>Why a registration was refused: the field and what is wrong with it.</summary>
public sealed record EndpointRefusal(string Field, string Message);
