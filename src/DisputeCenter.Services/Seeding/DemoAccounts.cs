using DisputeCenter.Domain.Orders;

namespace DisputeCenter.Services.Seeding;

public sealed record DemoAccount(string Email, string DisplayName, string Role, SupplierProfile? Supplier = null);

/// <summary>The accounts Development starts with. The README lists them; they share one passphrase.</summary>
public static class DemoAccounts
{
    public const string Password = "demo passphrase 2026";

    /// <summary>
    /// The authenticator key of the demo moderators and administrator (two-factor sign-in is required for staff):
    /// script/server prints it. Development only, like every demo account.
    /// </summary>
    public const string AuthenticatorKey = "DISPUTECENTERDEMOAUTHENTICATOR22";

    public static DemoAccount Buyer { get; } = new("buyer@demo.test", "Amara Buyer", Accounts.Roles.Buyer);

    public static IReadOnlyList<DemoAccount> Buyers { get; } =
    [
        Buyer,
        new("buyer2@demo.test", "Pieter van Wyk", Accounts.Roles.Buyer),
        new("buyer3@demo.test", "Lena Fischer", Accounts.Roles.Buyer),
    ];

    public static IReadOnlyList<DemoAccount> Sellers { get; } =
    [
        new("seller@demo.test", "Wei Chen", Accounts.Roles.Seller, new SupplierProfile(
            "Shenzhen Brightway Electronics Co., Ltd.", "88 Keji Road, Nanshan District, Shenzhen 518057", "CN",
            "Wei Chen", "sales@brightway.example", "+86 755 8800 1234", "91440300MA5F0XYZ12")),
        new("seller2@demo.test", "Ana Costa", Accounts.Roles.Seller, new SupplierProfile(
            "Costa Textiles Lda.", "Rua do Almada 120, 4050-031 Porto", "PT",
            "Ana Costa", "orders@costatextiles.example", "+351 22 000 4567", "PT509876543")),
        new("seller3@demo.test", "Sipho Dlamini", Accounts.Roles.Seller, new SupplierProfile(
            "Karoo Machinery (Pty) Ltd", "14 Industrial Avenue, Bloemfontein 9301", "ZA",
            "Sipho Dlamini", "support@karoomachinery.example", "+27 51 400 7788", "2015/123456/07")),
    ];

    public static DemoAccount Moderator { get; } = new("moderator@demo.test", "Maya Moderator", Accounts.Roles.Moderator);

    /// <summary>A second moderator: an appeal goes to someone other than the moderator who decided.</summary>
    public static DemoAccount Moderator2 { get; } = new("moderator2@demo.test", "Mosa Moderator", Accounts.Roles.Moderator);

    public static DemoAccount Administrator { get; } = new("admin@demo.test", "Ade Administrator", Accounts.Roles.Administrator);

    public static IReadOnlyList<DemoAccount> All { get; } = [.. Buyers, .. Sellers, Moderator, Moderator2, Administrator];
}
