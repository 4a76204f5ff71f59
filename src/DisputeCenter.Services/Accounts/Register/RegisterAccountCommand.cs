namespace DisputeCenter.Services.Accounts.Register;

public sealed record RegisterAccountCommand
{
    public AccountType AccountType { get; init; } = AccountType.Buyer;

    public string DisplayName { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public string Password { get; init; } = string.Empty;

    public string? BusinessName { get; init; }

    public string? BusinessAddress { get; init; }

    public string? Country { get; init; }

    public string? ContactPhone { get; init; }

    public string? RegistrationNumber { get; init; }

    /// <summary>Whether any field of the seller's supplier profile holds something.</summary>
    public bool FillsSupplierProfile() =>
        new[] { BusinessName, BusinessAddress, Country, ContactPhone, RegistrationNumber }.Any(v => !string.IsNullOrWhiteSpace(v));
}
