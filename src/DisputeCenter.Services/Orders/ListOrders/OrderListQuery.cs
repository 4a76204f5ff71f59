using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Services.Orders.ListOrders;

public enum OrderSort
{
    Newest,
    Oldest,
    AmountHighest,
    AmountLowest,
}

/// <summary>What the order management page asks for: a search, filters, a sort and a page.</summary>
public sealed record OrderListQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int SearchMaxLength = 100;

    /// <summary>The range a date filter may name: wide enough for any real order, narrow enough that date arithmetic never overflows.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>Matches the order number, a product name or the seller's business name.</summary>
    public string? Search { get; init; }

    public OrderStatus? Status { get; init; }

    public DateOnly? PlacedFrom { get; init; }

    public DateOnly? PlacedTo { get; init; }

    public OrderSort Sort { get; init; } = OrderSort.Newest;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;
}
