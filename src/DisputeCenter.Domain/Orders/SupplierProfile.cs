namespace DisputeCenter.Domain.Orders;

/// <summary>What a buyer should know about a supplier before trusting it with money.</summary>
public sealed record SupplierProfile
{
    public const int BusinessNameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int ContactMaxLength = 200;
    public const int RegistrationNumberMaxLength = 64;
    public const int CountryMaxLength = 2;

    public SupplierProfile(
        string businessName, string address, string country, string contactName, string contactEmail, string contactPhone, string registrationNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(businessName);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        ArgumentException.ThrowIfNullOrWhiteSpace(contactEmail);
        ArgumentException.ThrowIfNullOrWhiteSpace(registrationNumber);
        BusinessName = businessName.Trim();
        Address = address.Trim();
        Country = country.Trim().ToUpperInvariant();
        ContactName = contactName?.Trim() ?? string.Empty;
        ContactEmail = contactEmail.Trim();
        ContactPhone = contactPhone?.Trim() ?? string.Empty;
        RegistrationNumber = registrationNumber.Trim();
    }

    public string BusinessName { get; private init; }

    public string Address { get; private init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private init; }

    public string ContactName { get; private init; }

    public string ContactEmail { get; private init; }

    public string ContactPhone { get; private init; }

    public string RegistrationNumber { get; private init; }
}
