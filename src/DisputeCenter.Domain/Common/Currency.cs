namespace DisputeCenter.Domain.Common;

/// <summary>An ISO 4217 currency with the number of minor units it is priced in.</summary>
public sealed record Currency
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["USD"] = 2,
        ["EUR"] = 2,
        ["GBP"] = 2,
        ["ZAR"] = 2,
        ["CNY"] = 2,
        ["AUD"] = 2,
        ["CAD"] = 2,
        ["CHF"] = 2,
        ["INR"] = 2,
        ["BRL"] = 2,
        ["JPY"] = 0,
        ["KRW"] = 0,
    };

    private Currency(string code, int decimals)
    {
        Code = code;
        Decimals = decimals;
    }

    public string Code { get; }

    public int Decimals { get; }

    public static IReadOnlyCollection<string> SupportedCodes => MinorUnits.Keys;

    public static Currency Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return MinorUnits.TryGetValue(code, out var decimals)
            ? new Currency(code, decimals)
            : throw new ArgumentException($"'{code}' is not a supported ISO 4217 currency code.", nameof(code));
    }

    public static bool IsSupported(string? code) => code is not null && MinorUnits.ContainsKey(code);

    public override string ToString() => Code;
}
