using System.Globalization;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Disputes.Timeline;

/// <summary>
/// The flat string fields of a timeline payload, and how each type of value is spelt in them: what
/// <see cref="TimelineEvent"/> writes and reads. Absent values are left out; <see cref="TimelinePayload"/> makes the
/// canonical JSON.
/// </summary>
internal sealed class TimelineFields
{
    private readonly Dictionary<string, string?> _values;

    public TimelineFields()
        : this(new Dictionary<string, string?>(StringComparer.Ordinal))
    {
    }

    private TimelineFields(Dictionary<string, string?> values) => _values = values;

    public static TimelineFields Parse(string payload) =>
        new(TimelinePayload.Read(payload).ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal));

    public string ToPayload() => TimelinePayload.From(_values);

    public TimelineFields Set(string key, string? value)
    {
        _values[key] = value;
        return this;
    }

    public TimelineFields Set(string key, bool value) => Set(key, value ? "true" : "false");

    public TimelineFields Set(string key, long value) => Set(key, value.ToString(CultureInfo.InvariantCulture));

    public TimelineFields Set(string key, DateTimeOffset value) => Set(key, value.ToString("O", CultureInfo.InvariantCulture));

    public string Text(string key) => OptionalText(key) ?? throw new FormatException($"The timeline entry has no \"{key}\".");

    public string? OptionalText(string key) => _values.GetValueOrDefault(key);

    public Guid Guid(string key) => System.Guid.Parse(Text(key), CultureInfo.InvariantCulture);

    public Guid? OptionalGuid(string key) => OptionalText(key) is { } text ? System.Guid.Parse(text, CultureInfo.InvariantCulture) : null;

    public TEnum Enum<TEnum>(string key)
        where TEnum : struct, Enum => System.Enum.Parse<TEnum>(Text(key));

    public bool Bool(string key) => Text(key) switch
    {
        "true" => true,
        "false" => false,
        var other => throw new FormatException($"\"{key}\" is \"{other}\", not true or false."),
    };

    public long Long(string key) => long.Parse(Text(key), NumberStyles.None, CultureInfo.InvariantCulture);

    public DateTimeOffset Instant(string key) => DateTimeOffset.Parse(Text(key), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>An amount as <see cref="Common.Money"/> writes itself: "40.00 USD".</summary>
    public Money Money(string key) => OptionalMoney(key) ?? throw new FormatException($"The timeline entry has no \"{key}\".");

    public Money? OptionalMoney(string key)
    {
        if (OptionalText(key) is not { } text)
        {
            return null;
        }

        return text.Split(' ') is [var amount, var currency]
            && decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? new Money(value, currency)
                : throw new FormatException($"\"{key}\" is \"{text}\", not an amount.");
    }

    /// <summary>Citations as a decision writes them: their text forms separated by spaces.</summary>
    public IReadOnlyList<Citation> Citations(string key) =>
        OptionalText(key) is { } text
            ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => Citation.Parse(c) ?? throw new FormatException($"\"{c}\" is not a citation."))
                .ToList()
            : [];
}
