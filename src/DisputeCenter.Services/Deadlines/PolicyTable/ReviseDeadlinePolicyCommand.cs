using System.Globalization;

namespace DisputeCenter.Services.Deadlines.PolicyTable;

/// <summary>An administrator's new values for one row, in days, as typed on the form ("5", "2.5" or "2,5").</summary>
public sealed record ReviseDeadlinePolicyCommand
{
    /// <summary>The version the form was opened on; a newer version in the meantime makes the form stale.</summary>
    public Guid RowId { get; init; }

    public string? SellerContactPeriod { get; init; }

    public string? FilingWindow { get; init; }

    public string? SellerResponse { get; init; }

    public string? Negotiation { get; init; }

    public string? InformationRequestDefault { get; init; }

    public string? AppealWindow { get; init; }

    public string? ModeratorAction { get; init; }

    public string? ReturnAddress { get; init; }

    public string? ReturnShipment { get; init; }

    public string? ReturnTransit { get; init; }

    public string? ReturnReceipt { get; init; }

    /// <summary>The number typed, whichever decimal mark the browser or the person used; null when it is not a number.</summary>
    public static decimal? ParseDays(string? typed) =>
        decimal.TryParse(typed?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days)
            ? days
            : null;

    public static string FormatDays(TimeSpan span) => decimal.Round((decimal)span.TotalDays, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
