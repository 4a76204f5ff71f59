namespace DisputeCenter.Samples.Marketplace;

/// <summary>What the sample prints about an event, and how to make DisputeCenter instruct a refund on the demo site.</summary>
internal static class Narration
{
    public static string Describe(WebhookEvent received, IReadOnlyList<PushedOrder> orders)
    {
        var dispute = received.Text("dispute_id");
        if (!received.Type.StartsWith("refund.", StringComparison.Ordinal))
        {
            return $"dispute {dispute} is {received.Text("status")?.Replace('_', ' ')}";
        }

        var amount = received.Data.TryGetProperty("amount", out var value) && value.TryGetDecimal(out var a) ? new Money(a, received.Text("currency") ?? "") : null;
        var order = orders.FirstOrDefault(o => o.Id == received.IdIn("order_id"));
        return $"refund {received.Text("refund_id")}"
            + (amount is null ? "" : $" of {amount}")
            + (received.Text("cause") is { } cause ? $" ({cause.Replace('_', ' ')})" : "")
            + (received.Text("status") is { } payout ? $", payout {payout}" : "")
            + $" on dispute {dispute}"
            + (order is null ? "" : $", our order {order.Number} paid with {order.PaymentReference}");
    }

    public static string HowToCauseARefund(SampleOptions options) => $"""
        To have a refund instructed, settle or decide a dispute with money on {options.Site} (demo password "demo passphrase 2026"):
          - as a seller (seller@demo.test), accept a claim under Claims;
          - as a buyer (buyer@demo.test, buyer2@demo.test), accept the seller's offer on an open dispute; or
          - as moderator@demo.test (with the authenticator code script/server prints), decide a case in the queue with a refund.
        """ + (options.AcceptClaims == 0 ? Environment.NewLine + "Or run this sample with --accept-claims 1 to accept a claim waiting for the seller over the API." : "");
}
