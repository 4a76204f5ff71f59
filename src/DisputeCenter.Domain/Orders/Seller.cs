namespace DisputeCenter.Domain.Orders;

/// <summary>A supplier on the marketplace, tied to the account that runs it.</summary>
public sealed class Seller
{
    public const int UserIdMaxLength = Common.UserId.MaxLength;

    private Seller()
    {
        UserId = null!;
        Profile = null!;
    }

    public Seller(Guid id, string userId, SupplierProfile profile, DateTimeOffset joinedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(profile);
        Id = id;
        UserId = userId;
        Profile = profile;
        JoinedAt = joinedAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public SupplierProfile Profile { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    public void UpdateProfile(SupplierProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
    }
}
