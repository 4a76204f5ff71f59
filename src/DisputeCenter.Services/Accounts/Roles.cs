namespace DisputeCenter.Services.Accounts;

public static class Roles
{
    public const string Buyer = "Buyer";
    public const string Seller = "Seller";
    public const string Moderator = "Moderator";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Buyer, Seller, Moderator, Administrator];
}
