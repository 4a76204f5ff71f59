using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders;

public sealed class OrderLine
{
    public const int ProductNameMaxLength = 200;

    private OrderLine()
    {
        ProductName = null!;
        CategoryCode = null!;
    }

    internal OrderLine(int lineNumber, NewOrderLine line)
    {
        LineNumber = lineNumber;
        ProductName = line.ProductName.Trim();
        CategoryCode = line.CategoryCode;
        Quantity = line.Quantity;
        UnitPrice = line.UnitPrice;
    }

    public long Id { get; private set; }

    public int LineNumber { get; private set; }

    public string ProductName { get; private set; }

    public string CategoryCode { get; private set; }

    public int Quantity { get; private set; }

    public Money UnitPrice { get; private set; }

    /// <summary>How many arrived; zero until a delivery is recorded.</summary>
    public int QuantityDelivered { get; private set; }

    public Money LineTotal => UnitPrice * Quantity;

    public int QuantityMissing => Quantity - QuantityDelivered;

    internal void RecordDelivered(int quantity) => QuantityDelivered = quantity;
}
