namespace DisputeCenter.Services.Integration.Clients;

/// <summary>What an integration client's keys may do. A seller's own key gets <see cref="SellerKey"/>, limited to their claims.</summary>
public static class ApiScopes
{
    /// <summary>Push buyers, sellers, orders and their payment, shipment and delivery.</summary>
    public const string OrdersWrite = "orders:write";

    /// <summary>Read disputes, their timelines and evidence metadata, and the event log.</summary>
    public const string DisputesRead = "disputes:read";

    /// <summary>Act on disputes as their seller: answer, accept, reject, counter-offer, upload evidence.</summary>
    public const string DisputesAct = "disputes:act";

    /// <summary>Register webhook endpoints and read their deliveries.</summary>
    public const string WebhooksManage = "webhooks:manage";

    /// <summary>Confirm refunds paid out (or failed) by the marketplace's payment system.</summary>
    public const string RefundsWrite = "refunds:write";

    public static IReadOnlyList<string> All { get; } = [OrdersWrite, DisputesRead, DisputesAct, WebhooksManage, RefundsWrite];

    /// <summary>The scopes of a key a seller makes for their own systems.</summary>
    public static IReadOnlyList<string> SellerKey { get; } = [DisputesRead, DisputesAct];
}
