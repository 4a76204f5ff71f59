using System.Globalization;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// One round of the webhook sender, safe on every instance at once: fans new events out into one delivery per endpoint
/// that wants them, then claims due deliveries with <c>FOR UPDATE SKIP LOCKED</c> (leasing them), POSTs each signed
/// (<see cref="WebhookSignature"/>), and records what came back. An endpoint failing for three days is disabled and the
/// administrators are emailed.
/// </summary>
public sealed partial class WebhookDispatcher(
    DisputeCenterDbContext db, IHttpClientFactory http, WebhookSecrets secrets, WebhookAlerts alerts, TimeProvider clock,
    IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";

    public async Task<WebhookRound> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var batchSize = options.Value.BatchSize;
        var fannedOut = await FanOutAsync(batchSize, cancellationToken);
        var ids = await ClaimAsync(clock.GetUtcNow(), batchSize, cancellationToken);
        var succeeded = 0;
        if (ids.Count > 0)
        {
            var deliveries = await db.WebhookDeliveries.Where(d => ids.Contains(d.Id)).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken);
            var eventIds = deliveries.Select(d => d.EventId).Distinct().ToList();
            var endpointIds = deliveries.Select(d => d.EndpointId).Distinct().ToList();
            var events = await db.ApiEvents.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            var endpoints = await db.WebhookEndpoints.Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            foreach (var delivery in deliveries)
            {
                if (await SendAsync(delivery, events[delivery.EventId], endpoints[delivery.EndpointId], cancellationToken))
                {
                    succeeded++;
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return new WebhookRound(fannedOut, ids.Count, succeeded);
    }

    /// <summary>Makes the deliveries of events no round has seen yet, each event claimed by one sender only.</summary>
    private async Task<int> FanOutAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM api_events WHERE fanned_out_at IS NULL
            ORDER BY position LIMIT {batchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var events = await db.ApiEvents.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Position).ToListAsync(cancellationToken);
        var disputeIds = events.Select(e => e.DisputeId).Distinct().ToList();
        var sellers = await db.Disputes.Where(d => disputeIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.SellerUserId, cancellationToken);
        var endpoints = await db.WebhookEndpoints
            .Where(e => e.DisabledAt == null && e.DeletedAt == null)
            .Join(db.IntegrationClients.Where(c => c.RevokedAt == null), e => e.ClientId, c => c.Id, (e, c) => new { Endpoint = e, c.SellerUserId })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var apiEvent in events)
        {
            // An endpoint gets what happens from its registration on; what happened before is in the events list.
            foreach (var target in endpoints.Where(t => t.Endpoint.Wants(apiEvent.Type) && apiEvent.CreatedAt > t.Endpoint.CreatedAt
                && (t.SellerUserId is null || string.Equals(t.SellerUserId, sellers.GetValueOrDefault(apiEvent.DisputeId), StringComparison.Ordinal))))
            {
                db.WebhookDeliveries.Add(WebhookDelivery.For(apiEvent.Id, target.Endpoint.Id, now));
            }

            apiEvent.MarkFannedOut(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }

    private async Task<List<Guid>> ClaimAsync(DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var leasedUntil = now + TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var pending = nameof(WebhookDeliveryStatus.Pending);
        return await db.Database
            .SqlQuery<Guid>($"""
                UPDATE webhook_deliveries SET next_attempt_at = {leasedUntil}
                WHERE id IN (
                    SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                    WHERE d.status = {pending} AND d.next_attempt_at <= {now} AND e.disabled_at IS NULL AND e.deleted_at IS NULL
                    ORDER BY d.next_attempt_at
                    LIMIT {batchSize}
                    FOR UPDATE OF d SKIP LOCKED)
                RETURNING id AS "Value"
                """)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> SendAsync(WebhookDelivery delivery, ApiEvent apiEvent, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var body = WebhookPayload.Serialize(apiEvent);
        var startedAt = clock.GetUtcNow();
        var timestamp = startedAt.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, apiEvent.PublicId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Reveal(endpoint), apiEvent.PublicId, timestamp, body));

        var started = clock.GetTimestamp();
        int? status = null;
        string? responseBody = null;
        string? error = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            responseBody = await ReadClippedAsync(response, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            error = e is OperationCanceledException ? $"No answer within {options.Value.TimeoutSeconds} s." : $"{e.GetType().Name}: {e.Message}";
        }

        delivery.RecordAttempt(startedAt, clock.GetElapsedTime(started), status, responseBody, error);
        if (delivery.Status == WebhookDeliveryStatus.Succeeded)
        {
            endpoint.RecordSuccess();
            LogDelivered(logger, delivery.Id, apiEvent.Type, endpoint.Id, delivery.Attempts);
            return true;
        }

        endpoint.RecordFailure(startedAt);
        LogFailed(logger, delivery.Id, endpoint.Id, delivery.Attempts, status, delivery.NextAttemptAt);
        if (endpoint.IsActive && endpoint.HasFailedTooLong(clock.GetUtcNow()))
        {
            endpoint.Disable(clock.GetUtcNow());
            var client = await db.IntegrationClients.Where(c => c.Id == endpoint.ClientId).Select(c => c.Name).SingleAsync(cancellationToken);
            await alerts.EndpointDisabledAsync(endpoint, client, cancellationToken);
            LogDisabled(logger, endpoint.Id, endpoint.FailingSince);
        }

        return false;
    }

    private static async Task<string> ReadClippedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new char[WebhookDelivery.ResponseBodyMaxLength];
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream);
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return new string(buffer, 0, read);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} ({EventType}) to endpoint {EndpointId} succeeded (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, Guid deliveryId, string eventType, Guid endpointId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} failed (attempt {Attempt}, status {Status}); next attempt at {NextAttemptAt}")]
    private static partial void LogFailed(ILogger logger, Guid deliveryId, Guid endpointId, int attempt, int? status, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook endpoint {EndpointId} has failed since {FailingSince}; it is disabled and the administrators are told")]
    private static partial void LogDisabled(ILogger logger, Guid endpointId, DateTimeOffset? failingSince);
}

/// <summary>What one round did: events fanned out, deliveries claimed, deliveries that succeeded.</summary>
public sealed record WebhookRound(int FannedOut, int Claimed, int Succeeded);
