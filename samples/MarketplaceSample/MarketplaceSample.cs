namespace DisputeCenter.Samples.Marketplace;

/// <summary>
/// A marketplace's integration with DisputeCenter, end to end: listens for webhooks on loopback and registers that URL
/// (keeping the signing secret it gets back once); pushes a seller, a buyer and orders with their payment, shipment and
/// delivery; optionally accepts claims as the seller; then verifies each webhook, prints it, and answers every
/// <c>refund.instructed</c> by paying the refund (here: pretending to) and reporting it completed with its own reference.
/// It stops after <see cref="SampleOptions.Refunds"/> refunds, at the timeout, or when cancelled, and deletes its endpoint.
/// </summary>
public sealed class MarketplaceSample
{
    /// <summary>The events the sample subscribes to: the ones that move money, and a dispute's main steps to watch.</summary>
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "dispute.created", "dispute.offer_made", "dispute.offer_accepted", "dispute.escalated", "dispute.decided",
        "refund.instructed", "refund.completed", "refund.failed",
    ];

    private readonly SampleOptions _options;
    private readonly TextWriter _output;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<PushedOrder> _orders = [];
    private readonly List<Guid> _accepted = [];
    private readonly List<ConfirmedRefund> _refunds = [];
    private int _events;

    public MarketplaceSample(SampleOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _output = TextWriter.Synchronized(output);
    }

    /// <summary>The webhook URL, once the listener is up.</summary>
    public Task<Uri> Listening => _listening.Task;

    /// <summary>Done once the endpoint is registered, the orders pushed and the waiting claims accepted: from then on it waits for webhooks.</summary>
    public Task Ready => _ready.Task;

    /// <summary>The orders pushed (complete once <see cref="Ready"/> is).</summary>
    public IReadOnlyList<PushedOrder> Orders => _orders;

    private bool Done => _options.Refunds > 0 && _refunds.Count >= _options.Refunds;

    public async Task<SampleReport> RunAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _options.Clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var http = DisputeCenterApi.CreateClient(_options.Site, _options.ApiKey);
        var api = new DisputeCenterApi(http);
        WebhookListener? listener = null;
        Guid? endpointId = null;
        try
        {
            listener = await WebhookListener.StartAsync(_options.Port, _options.Clock, _output, stop.Token);
            _listening.SetResult(listener.Url);
            endpointId = await RegisterAsync(api, listener, stop.Token);
            await PushAsync(api, stop.Token);
            await AcceptWaitingClaimsAsync(api, stop.Token);
            _ready.SetResult();
            await HandleEventsAsync(api, listener, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await _output.WriteLineAsync(timeout.IsCancellationRequested
                ? $"Timed out after {_options.Timeout.TotalSeconds:F0} s, with {_refunds.Count} of {_options.Refunds} refunds confirmed."
                : "Stopped.");
        }
        catch (Exception e)
        {
            _listening.TrySetException(e);
            _ready.TrySetException(e);
            throw;
        }
        finally
        {
            _listening.TrySetCanceled(CancellationToken.None);
            _ready.TrySetCanceled(CancellationToken.None);
            await CleanUpAsync(api, endpointId, listener);
        }

        return new SampleReport(
            _orders, _accepted, _refunds, _events, listener?.Rejected ?? 0, listener?.Duplicates ?? 0,
            Succeeded: _options.Refunds == 0 || Done);
    }

    private async Task<Guid> RegisterAsync(DisputeCenterApi api, WebhookListener listener, CancellationToken cancellationToken)
    {
        // An endpoint left by a run that was killed would get every event, failing, for three days: remove it first.
        foreach (var old in await api.ListEndpointsAsync(cancellationToken))
        {
            if (Uri.TryCreate(old.Url, UriKind.Absolute, out var url) && url.IsLoopback && url.AbsolutePath == WebhookListener.Path)
            {
                await api.DeleteEndpointAsync(old.Id, cancellationToken);
                await _output.WriteLineAsync($"Deleted the webhook endpoint an earlier run left ({old.Url}).");
            }
        }

        var registered = await api.RegisterEndpointAsync(listener.Url, EventTypes, Key("endpoint"), cancellationToken);
        listener.UseSecret(registered.Secret);
        await _output.WriteLineAsync($"Receiving webhooks at {listener.Url} (endpoint {registered.Endpoint.Id}, signing secret whsec_… kept in memory).");
        return registered.Endpoint.Id;
    }

    private async Task PushAsync(DisputeCenterApi api, CancellationToken cancellationToken)
    {
        var records = new MarketplaceRecords(_options.RunId, _options.Clock.GetUtcNow());
        await _output.WriteLineAsync($"Pushing this run's seller, buyer and orders (run {_options.RunId}), each request with an Idempotency-Key:");
        var seller = await api.UpsertSellerAsync(records.Seller, Key("seller"), cancellationToken);
        await _output.WriteLineAsync($"  seller {seller.ExternalId}: {seller.Outcome} ({records.Seller.BusinessName})");
        var buyer = await api.UpsertBuyerAsync(records.Buyer, Key("buyer"), cancellationToken);
        await _output.WriteLineAsync($"  buyer  {buyer.ExternalId}: {buyer.Outcome} ({records.Buyer.Email}, who can sign in after \"Forgot your password?\")");
        for (var i = 0; i < records.Orders.Count; i++)
        {
            var order = records.Orders[i];
            var result = await api.UpsertOrderAsync(order, Key($"order-{i + 1}"), cancellationToken);
            _orders.Add(new PushedOrder(order.ExternalId, order.Number, Guid.Parse(result.Id!), new Money(order.Total, order.Currency), order.Payment!.Reference, order.Delivery is not null));
            var state = order.Delivery is { } delivery ? $"delivered {delivery.DeliveredAt:yyyy-MM-dd}" : "shipped, on its way";
            await _output.WriteLineAsync($"  order  {order.Number}: {result.Outcome}, {_orders[^1].Total} paid ({order.Payment.Reference}), {state}");
        }

        // A request retried after a timeout goes again with the same key: the API answers with the first answer and does nothing twice.
        var again = await api.UpsertOrderAsync(records.Orders[0], Key("order-1"), cancellationToken);
        await _output.WriteLineAsync(
            $"  order  {records.Orders[0].Number} sent again with the same key: {(again.Replayed ? "the first answer replayed" : again.Outcome)}, the same id {again.Id}");
    }

    private async Task AcceptWaitingClaimsAsync(DisputeCenterApi api, CancellationToken cancellationToken)
    {
        if (_options.AcceptClaims == 0)
        {
            await _output.WriteLineAsync(Narration.HowToCauseARefund(_options));
            return;
        }

        // The claims the seller may still accept: filed and unanswered, or answered and under negotiation.
        var open = new List<DisputeSummary>();
        string? cursor = null;
        do
        {
            var page = await api.ListDisputesAsync(cursor, cancellationToken);
            open.AddRange(page.Data.Where(d => d.Status is "awaiting_seller" or "negotiating"));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        foreach (var dispute in open.OrderBy(d => d.Status == "awaiting_seller" ? 0 : 1))
        {
            if (_accepted.Count >= _options.AcceptClaims)
            {
                return;
            }

            await TryAcceptAsync(api, dispute.Id, $"order {dispute.OrderNumber}, {dispute.RequestedRemedy.Replace('_', ' ')} of {dispute.AmountClaimed} claimed", cancellationToken);
        }

        if (_accepted.Count < _options.AcceptClaims)
        {
            await _output.WriteLineAsync("No claim waiting for the seller could be accepted now; new claims will be as dispute.created arrives.");
            await _output.WriteLineAsync(Narration.HowToCauseARefund(_options));
        }
    }

    private async Task TryAcceptAsync(DisputeCenterApi api, Guid disputeId, string what, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await api.AcceptClaimAsync(disputeId, Key($"accept-{disputeId}"), cancellationToken);
            _accepted.Add(disputeId);
            await _output.WriteLineAsync($"Accepted the claim on dispute {disputeId} ({what}) as its seller: the dispute is {moved.Status} now.");
        }
        catch (DisputeCenterApiException e) when (e.Status is 404 or 409 or 422)
        {
            await _output.WriteLineAsync($"Could not accept the claim on dispute {disputeId} ({what}): {e.Message}");
        }
    }

    private async Task HandleEventsAsync(DisputeCenterApi api, WebhookListener listener, CancellationToken cancellationToken)
    {
        await _output.WriteLineAsync(_options.Refunds > 0
            ? $"Waiting for webhooks until {_options.Refunds} refund(s) are confirmed (Ctrl+C to stop)."
            : "Waiting for webhooks (Ctrl+C to stop).");
        await foreach (var received in listener.Events.ReadAllAsync(cancellationToken))
        {
            _events++;
            await _output.WriteLineAsync($"  > {received.Id} {received.Type}: {Narration.Describe(received, _orders)}");
            if (received.Type == "dispute.created" && received.Text("status") == "awaiting_seller"
                && _accepted.Count < _options.AcceptClaims && received.IdIn("dispute_id") is { } disputeId)
            {
                await TryAcceptAsync(api, disputeId, "a new claim", cancellationToken);
            }
            else if (received.Type == "refund.instructed")
            {
                await ConfirmRefundAsync(api, received, cancellationToken);
            }

            if (Done)
            {
                await _output.WriteLineAsync($"Done: {_refunds.Count} refund(s) confirmed.");
                return;
            }
        }
    }

    /// <summary>Pays the refund (a real marketplace calls its payment system here) and reports it completed with the payout's reference.</summary>
    private async Task ConfirmRefundAsync(DisputeCenterApi api, WebhookEvent instructed, CancellationToken cancellationToken)
    {
        if (instructed.IdIn("refund_id") is not { } refundId)
        {
            await _output.WriteLineAsync("    (no refund_id in the event: nothing to pay)");
            return;
        }

        var reference = $"SAMPLE-PAYOUT-{_options.RunId}-{_refunds.Count + 1}".ToUpperInvariant();
        try
        {
            var state = await api.ReportRefundCompletedAsync(refundId, reference, Key($"payout-{refundId}"), cancellationToken);
            _refunds.Add(new ConfirmedRefund(refundId, state.DisputeId, state.Amount, reference));
            await _output.WriteLineAsync($"    paid {state.Amount} and reported refund {refundId} completed: payout {state.PayoutStatus}, reference {state.PayoutReference}");
        }
        catch (DisputeCenterApiException e) when (e.Status is 404 or 409 or 422)
        {
            await _output.WriteLineAsync($"    could not report refund {refundId} completed: {e.Message}");
        }
    }

    private string Key(string what) => $"sample-{_options.RunId}-{what}";

    private async Task CleanUpAsync(DisputeCenterApi api, Guid? endpointId, WebhookListener? listener)
    {
        if (endpointId is { } id)
        {
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await api.DeleteEndpointAsync(id, limit.Token);
                await _output.WriteLineAsync($"Deleted webhook endpoint {id}.");
            }
            catch (Exception e) when (e is HttpRequestException or DisputeCenterApiException or OperationCanceledException)
            {
                await _output.WriteLineAsync($"Could not delete webhook endpoint {id} ({e.Message}); the next run deletes it.");
            }
        }

        if (listener is not null)
        {
            await listener.DisposeAsync();
        }
    }
}
