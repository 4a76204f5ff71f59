using System.Text.Json;
using DisputeCenter.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.PersonalData;

public sealed partial class PersonalDataExport
{
    private const string BuyerRole = "buyer";
    private const string SellerRole = "seller";

    /// <summary>The orders the account bought, then those its seller profile sold, each read and written one at a time.</summary>
    private async Task WriteOrdersAsync(Utf8JsonWriter writer, string userId, Guid? sellerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        writer.WriteStartArray("orders");
        await WriteOrdersAsync(writer, BuyerRole, db.Orders.Where(o => o.BuyerId == userId), now, cancellationToken);
        if (sellerId is { } id)
        {
            await WriteOrdersAsync(writer, SellerRole, db.Orders.Where(o => o.SellerId == id), now, cancellationToken);
        }

        writer.WriteEndArray();
    }

    private static async Task WriteOrdersAsync(
        Utf8JsonWriter writer, string role, IQueryable<Order> orders, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One query whose rows arrive order by order (EF Core groups each order's lines as they come): nothing buffers.
        var stream = orders.AsNoTracking().AsSingleQuery().Include(o => o.Lines)
            .OrderBy(o => o.PlacedAt).ThenBy(o => o.Id)
            .AsAsyncEnumerable();
        await foreach (var order in stream.WithCancellation(cancellationToken))
        {
            WriteOrder(writer, role, order, now);
            await writer.FlushIfFullAsync(cancellationToken);
        }
    }

    private static void WriteOrder(Utf8JsonWriter writer, string role, Order order, DateTimeOffset now)
    {
        writer.WriteStartObject();
        writer.WriteString("id", order.Id);
        writer.WriteString("role", role);
        writer.WriteString("number", order.Number);
        writer.WriteEnum("status", order.StatusAt(now));
        writer.WriteString("currency", order.Currency);
        writer.WriteMoney("total", order.Total);
        writer.WriteBoolean("assuranceCovered", order.AssuranceCovered);
        writer.WriteInstant("placedAt", order.PlacedAt);
        writer.WriteInstant("expectedDeliveryAt", order.ExpectedDeliveryAt);
        writer.WriteStartArray("lines");
        foreach (var line in order.Lines.OrderBy(l => l.LineNumber))
        {
            writer.WriteStartObject();
            writer.WriteNumber("lineNumber", line.LineNumber);
            writer.WriteString("productName", line.ProductName);
            writer.WriteString("categoryCode", line.CategoryCode);
            writer.WriteNumber("quantity", line.Quantity);
            writer.WriteNumber("quantityDelivered", line.QuantityDelivered);
            writer.WriteMoney("unitPrice", line.UnitPrice);
            writer.WriteMoney("lineTotal", line.LineTotal);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("payment");
        writer.WriteBoolean("paid", order.IsPaid);
        writer.WriteString("reference", order.PaymentReference);
        writer.WriteMoney("amount", order.AmountPaid);
        writer.WriteInstant("paidAt", order.PaidAt);
        writer.WriteEndObject();
        writer.WriteStartObject("shipment");
        writer.WriteString("carrier", order.Carrier);
        writer.WriteString("trackingNumber", order.TrackingNumber);
        writer.WriteInstant("shippedAt", order.ShippedAt);
        writer.WriteEndObject();
        writer.WriteStartObject("delivery");
        writer.WriteInstant("deliveredAt", order.DeliveredAt);
        writer.WriteBoolean("partial", order.IsPartiallyDelivered);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
