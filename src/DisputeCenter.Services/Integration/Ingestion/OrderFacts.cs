using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Domain.Orders.Rules;

namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>
/// Turns a pushed order into the domain's calls, each under the field it comes from, so that a broken rule is reported
/// at that field. The rules themselves are the domain's: nothing here decides whether a fact may be recorded.
/// </summary>
internal static class OrderFacts
{
    /// <summary>The shape: what must be there at all (the domain decides the rest).</summary>
    public static IngestProblem? CheckShape(OrderInput input)
    {
        if (string.IsNullOrWhiteSpace(input.ExternalId))
        {
            return IngestProblem.Required("external_id");
        }

        if (input.ExternalId.Trim().Length > ExternalId.MaxLength)
        {
            return IngestProblem.Invalid("external_id", $"An external id has at most {ExternalId.MaxLength} characters.");
        }

        var missing = input switch
        {
            { Number: null or "" } => "number",
            { BuyerExternalId: null or "" } => "buyer_external_id",
            { SellerExternalId: null or "" } => "seller_external_id",
            { Currency: null or "" } => "currency",
            { PlacedAt: null } => "placed_at",
            { ExpectedDeliveryAt: null } => "expected_delivery_at",
            { Lines: null } => "lines",
            { Payment: { Reference: null or "" } } => "payment.reference",
            { Payment: { PaidAt: null } } => "payment.paid_at",
            { Shipment: { Carrier: null or "" } } => "shipment.carrier",
            { Shipment: { TrackingNumber: null or "" } } => "shipment.tracking_number",
            { Shipment: { ShippedAt: null } } => "shipment.shipped_at",
            { Delivery: { DeliveredAt: null } } => "delivery.delivered_at",
            _ => null,
        };
        if (missing is not null)
        {
            return IngestProblem.Required(missing);
        }

        if (input.Number!.Trim().Length > Order.NumberMaxLength)
        {
            return IngestProblem.Invalid("number", $"An order number has at most {Order.NumberMaxLength} characters.");
        }

        for (var i = 0; i < input.Lines!.Count; i++)
        {
            var line = input.Lines[i];
            if (string.IsNullOrWhiteSpace(line.ProductName))
            {
                return IngestProblem.Required($"lines[{i}].product_name");
            }

            if (string.IsNullOrWhiteSpace(line.Category))
            {
                return IngestProblem.Required($"lines[{i}].category");
            }
        }

        return null;
    }

    /// <summary>Every line's category is one the platform knows.</summary>
    public static IngestProblem? CheckCategories(OrderInput input, IReadOnlySet<string> categories)
    {
        for (var i = 0; i < input.Lines!.Count; i++)
        {
            if (!categories.Contains(input.Lines[i].Category!.Trim()))
            {
                return IngestProblem.Invalid($"lines[{i}].category", $"There is no product category {input.Lines[i].Category}; use one of {string.Join(", ", categories.Order(StringComparer.Ordinal))}.");
            }
        }

        return null;
    }

    public static (Order? Order, IngestProblem? Problem) Place(Guid id, string buyerId, Guid sellerId, OrderInput input)
    {
        if (ToLines(input) is not { } lines)
        {
            return (null, MoneyProblem(input));
        }

        Order order;
        try
        {
            order = Order.Place(
                id, input.Number!, buyerId, sellerId, input.Currency!.Trim().ToUpperInvariant(), lines,
                input.PlacedAt!.Value, input.ExpectedDeliveryAt!.Value, input.AssuranceCovered);
        }
        catch (BusinessRuleValidationException e)
        {
            return (null, IngestProblem.Broken(PlacementField(e.BrokenRule), e.BrokenRule));
        }
        catch (ArgumentException e)
        {
            return (null, IngestProblem.Invalid("currency", e.Message));
        }

        var (_, problem) = ApplyTo(order, input);
        return problem is null ? (order, null) : (null, problem);
    }

    /// <summary>Records the facts the order does not have yet; a fact it has must be the same one.</summary>
    public static (bool Changed, IngestProblem? Problem) ApplyTo(Order order, OrderInput input)
    {
        if (!SameLines(order, input))
        {
            return (false, IngestProblem.Invalid("lines", "An order's lines, currency and amounts cannot change once it is placed."));
        }

        var changed = false;
        if (input.Payment is { } payment && !(order.PaymentReference == payment.Reference!.Trim() && order.PaidAt == payment.PaidAt!.Value.ToUniversalTime()))
        {
            Money amount;
            try
            {
                amount = new Money(payment.Amount, order.Currency);
            }
            catch (ArgumentException e)
            {
                return (false, IngestProblem.Invalid("payment.amount", e.Message));
            }

            if (Record("payment", () => order.RecordPayment(payment.Reference!, amount, payment.PaidAt!.Value)) is { } problem)
            {
                return (false, problem);
            }

            changed = true;
        }

        if (input.Shipment is { } shipment && !(order.TrackingNumber == shipment.TrackingNumber!.Trim() && order.Carrier == shipment.Carrier!.Trim()
            && order.ShippedAt == shipment.ShippedAt!.Value.ToUniversalTime()))
        {
            if (Record("shipment", () => order.Ship(shipment.Carrier!, shipment.TrackingNumber!, shipment.ShippedAt!.Value)) is { } problem)
            {
                return (false, problem);
            }

            changed = true;
        }

        if (input.Delivery is { } delivery && order.DeliveredAt != delivery.DeliveredAt!.Value.ToUniversalTime())
        {
            var byLine = delivery.Lines?.GroupBy(l => l.LineNumber).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity))
                ?? order.Lines.ToDictionary(l => l.LineNumber, l => l.Quantity);
            if (Record("delivery", () => order.ConfirmDelivery(delivery.DeliveredAt!.Value, byLine)) is { } problem)
            {
                return (false, problem);
            }

            changed = true;
        }

        return (changed, null);
    }

    private static IngestProblem? Record(string field, Action record)
    {
        try
        {
            record();
            return null;
        }
        catch (BusinessRuleValidationException e)
        {
            return IngestProblem.Broken(field, e.BrokenRule);
        }
    }

    private static List<NewOrderLine>? ToLines(OrderInput input)
    {
        try
        {
            return input.Lines!.Select(l => new NewOrderLine(l.ProductName!.Trim(), l.Category!.Trim(), l.Quantity, new Money(l.UnitPrice, input.Currency!.Trim().ToUpperInvariant()))).ToList();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Which line's price (or the currency) a <see cref="Money"/> refused.</summary>
    private static IngestProblem MoneyProblem(OrderInput input)
    {
        var currency = input.Currency!.Trim().ToUpperInvariant();
        try
        {
            _ = Money.Zero(currency);
        }
        catch (ArgumentException e)
        {
            return IngestProblem.Invalid("currency", e.Message);
        }

        for (var i = 0; i < input.Lines!.Count; i++)
        {
            try
            {
                _ = new Money(input.Lines[i].UnitPrice, currency);
            }
            catch (ArgumentException e)
            {
                return IngestProblem.Invalid($"lines[{i}].unit_price", e.Message);
            }
        }

        return IngestProblem.Invalid("lines", "The lines could not be read.");
    }

    private static string PlacementField(IBusinessRule rule) => rule switch
    {
        ExpectedDeliveryCannotPrecedePlacementRule => "expected_delivery_at",
        _ => "lines",
    };

    private static bool SameLines(Order order, OrderInput input) =>
        string.Equals(order.Currency, input.Currency!.Trim(), StringComparison.OrdinalIgnoreCase)
        && order.Lines.Count == input.Lines!.Count
        && order.Lines.OrderBy(l => l.LineNumber).Zip(input.Lines).All(pair =>
            pair.First.ProductName == pair.Second.ProductName!.Trim() && pair.First.Quantity == pair.Second.Quantity
            && pair.First.UnitPrice.Amount == pair.Second.UnitPrice && pair.First.CategoryCode == pair.Second.Category!.Trim());
}
