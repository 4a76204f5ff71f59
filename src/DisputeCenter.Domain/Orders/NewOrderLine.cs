using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Orders;

/// <summary>What a buyer asks for when placing an order: a product, its category, how many, at what price.</summary>
public sealed record NewOrderLine(string ProductName, string CategoryCode, int Quantity, Money UnitPrice);
