namespace DisputeCenter.Domain.Orders;

/// <summary>A product category. Deadline policies differ by category (perishables shorter, machinery longer).</summary>
public sealed class ProductCategory
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 80;

    public ProductCategory(string code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Name = name;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public static IReadOnlyList<ProductCategory> Defaults { get; } =
    [
        new("electronics", "Electronics"),
        new("apparel", "Apparel and textiles"),
        new("home-garden", "Home and garden"),
        new("perishables", "Food and perishables"),
        new("machinery", "Machinery and parts"),
        new("beauty", "Beauty and personal care"),
    ];
}
