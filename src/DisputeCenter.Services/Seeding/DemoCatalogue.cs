using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Services.Seeding;

/// <summary>What each demo seller sells.</summary>
internal static class DemoCatalogue
{
    public static IReadOnlyList<IReadOnlyList<NewOrderLine>> ForSeller(int sellerIndex) => sellerIndex switch
    {
        0 =>
        [
            [Line("Bluetooth over-ear headphones, model BW-700", "electronics", 50, 18.40m)],
            [Line("USB-C fast charger 65 W", "electronics", 200, 6.15m), Line("USB-C cable 2 m, braided", "electronics", 200, 1.20m)],
            [Line("Smart LED bulb E27, Wi-Fi", "home-garden", 120, 3.75m)],
            [Line("4K action camera with waterproof case", "electronics", 10, 64.00m)],
        ],
        1 =>
        [
            [Line("Organic cotton T-shirt, white, size M", "apparel", 300, 4.90m)],
            [Line("Linen bed sheet set, queen", "home-garden", 40, 27.50m), Line("Linen pillowcase pair", "home-garden", 40, 8.00m)],
            [Line("Merino wool scarf", "apparel", 80, 12.30m)],
            [Line("Dried Douro figs, 1 kg bag", "perishables", 60, 7.80m)],
        ],
        _ =>
        [
            [Line("Diesel water pump 3 inch", "machinery", 2, 845.00m)],
            [Line("Hydraulic jack 20 t", "machinery", 6, 129.00m), Line("Replacement seal kit", "machinery", 6, 14.50m)],
            [Line("Argan oil hair serum, 100 ml", "beauty", 150, 3.10m)],
            [Line("Angle grinder 115 mm, 900 W", "machinery", 12, 38.90m)],
        ],
    };

    private static NewOrderLine Line(string product, string category, int quantity, decimal unitPrice) =>
        new(product, category, quantity, new Money(unitPrice, "USD"));
}
