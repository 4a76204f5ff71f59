namespace DisputeCenter.Services.Accounts.Register;

/// <summary>What a person can register as. Moderators and administrators are made by an administrator.</summary>
public enum AccountType
{
    Buyer,
    Seller,
}
