namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>A buyer as the marketplace pushes it. The account is linked by email and counts as confirmed: the marketplace confirmed it.</summary>
public sealed record BuyerInput(string? ExternalId, string? Email, string? DisplayName, string? Culture);

/// <summary>A seller as the marketplace pushes it, with the supplier profile buyers see.</summary>
public sealed record SellerInput(
    string? ExternalId,
    string? Email,
    string? DisplayName,
    string? BusinessName,
    string? Address,
    string? Country,
    string? ContactName,
    string? ContactPhone,
    string? RegistrationNumber);
