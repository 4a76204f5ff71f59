namespace DisputeCenter.Domain.Common;

/// <summary>One of the two sides of a dispute.</summary>
public enum Party
{
    Buyer,
    Seller,
}
