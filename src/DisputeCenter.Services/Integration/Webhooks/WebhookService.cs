using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>A client's webhook endpoints and their deliveries, and the administrator's view of all of them.</summary>
public sealed class WebhookService(DisputeCenterDbContext db, WebhookSecrets secrets, TimeProvider clock)
{
    public const int MaxEndpointsPerClient = 10;
    public const int DeliveriesShown = 50;

    public async Task<(RegisteredEndpoint? Registered, EndpointRefusal? Refusal)> RegisterAsync(
        Guid clientId, string? url, IReadOnlyList<string>? eventTypes, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || url.Length > WebhookEndpoint.UrlMaxLength || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return (null, new EndpointRefusal("url", "Give an absolute http or https URL, without a user name or password."));
        }

        if (eventTypes is not { Count: > 0 } || eventTypes.Count > WebhookEndpoint.MaxEventTypes)
        {
            return (null, new EndpointRefusal("event_types", "Name at least one event type to receive."));
        }

        if (eventTypes.FirstOrDefault(t => !ApiEventTypes.IsKnown(t)) is { } unknown)
        {
            return (null, new EndpointRefusal("event_types", $"There is no event type called {unknown}."));
        }

        if (await db.WebhookEndpoints.CountAsync(e => e.ClientId == clientId && e.DeletedAt == null, cancellationToken) >= MaxEndpointsPerClient)
        {
            return (null, new EndpointRefusal("url", $"A client may have at most {MaxEndpointsPerClient} endpoints: delete one first."));
        }

        var secret = WebhookSignature.NewSecret();
        var endpoint = WebhookEndpoint.Register(clientId, uri, eventTypes, secrets.Protect(secret), clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return (new RegisteredEndpoint(EndpointView.From(endpoint), secret), null);
    }

    public async Task<IReadOnlyList<EndpointView>> ListAsync(Guid clientId, CancellationToken cancellationToken = default) =>
        (await db.WebhookEndpoints.AsNoTracking().Where(e => e.ClientId == clientId && e.DeletedAt == null).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken))
            .Select(EndpointView.From).ToList();

    /// <summary>Stops the endpoint; its deliveries stay listed for the administrator.</summary>
    public async Task<bool> DeleteAsync(Guid clientId, Guid endpointId, CancellationToken cancellationToken = default)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == endpointId && e.ClientId == clientId && e.DeletedAt == null, cancellationToken);
        if (endpoint is null)
        {
            return false;
        }

        endpoint.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The endpoint's latest deliveries, newest first, or null when it is not the client's.</summary>
    public async Task<IReadOnlyList<DeliveryView>?> DeliveriesAsync(Guid clientId, Guid endpointId, CancellationToken cancellationToken = default)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == endpointId && e.ClientId == clientId && e.DeletedAt == null, cancellationToken))
        {
            return null;
        }

        return await DeliveriesOfAsync([endpointId], DeliveriesShown, cancellationToken);
    }

    /// <summary>Every endpoint with its client and latest deliveries, for the administrator.</summary>
    public async Task<IReadOnlyList<AdminEndpointView>> OverviewAsync(int deliveriesEach, CancellationToken cancellationToken = default)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.DeletedAt == null)
            .Join(db.IntegrationClients, e => e.ClientId, c => c.Id, (e, c) => new { Endpoint = e, c.Name })
            .OrderBy(x => x.Endpoint.DisabledAt == null).ThenBy(x => x.Name).ThenBy(x => x.Endpoint.CreatedAt)
            .ToListAsync(cancellationToken);
        var deliveries = (await DeliveriesOfAsync(endpoints.Select(e => e.Endpoint.Id).ToList(), deliveriesEach * Math.Max(1, endpoints.Count), cancellationToken))
            .ToLookup(d => d.EndpointId);
        return endpoints.Select(e => new AdminEndpointView(EndpointView.From(e.Endpoint), e.Name, deliveries[e.Endpoint.Id].Take(deliveriesEach).ToList())).ToList();
    }

    /// <summary>An administrator sends a delivery again, now.</summary>
    public async Task<bool> ResendAsync(Guid deliveryId, CancellationToken cancellationToken = default)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is null)
        {
            return false;
        }

        delivery.Resend(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>An administrator turns a disabled endpoint on again.</summary>
    public async Task<bool> EnableAsync(Guid endpointId, CancellationToken cancellationToken = default)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == endpointId && e.DeletedAt == null, cancellationToken);
        if (endpoint is null)
        {
            return false;
        }

        endpoint.Enable();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<DeliveryView>> DeliveriesOfAsync(List<Guid> endpointIds, int limit, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries.AsNoTracking()
            .Where(d => endpointIds.Contains(d.EndpointId))
            .Join(db.ApiEvents, d => d.EventId, e => e.Id, (d, e) => new { Delivery = d, e.Type })
            .OrderByDescending(x => x.Delivery.CreatedAt).ThenByDescending(x => x.Delivery.Id)
            .Take(limit)
            .Select(x => new DeliveryView(
                x.Delivery.Id, x.Delivery.EndpointId, ApiEvent.IdPrefix + x.Delivery.EventId.ToString("N"), x.Type, x.Delivery.Status, x.Delivery.Attempts,
                x.Delivery.CreatedAt, x.Delivery.LastAttemptAt, x.Delivery.LastResponseStatus, x.Delivery.LastResponseBody, x.Delivery.LastError,
                x.Delivery.LastDurationMs, x.Delivery.NextAttemptAt))
            .ToListAsync(cancellationToken);
}
