namespace DisputeCenter.Services.Orders.SupplierRecords;

/// <summary>
/// What a buyer should weigh before trusting a supplier (the source's advice: check the supplier's record),
/// over the last 12 months. Shares are null where there is nothing to divide by.
/// </summary>
public sealed record SupplierRecord(
    int Orders,
    int Disputes,
    int Decided,
    int DecidedAgainst,
    TimeSpan? MedianResponseTime)
{
    public double? DisputeRate => Orders == 0 ? null : (double)Disputes / Orders;

    public double? ShareDecidedAgainst => Decided == 0 ? null : (double)DecidedAgainst / Decided;
}
