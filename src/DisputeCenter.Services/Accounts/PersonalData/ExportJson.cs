using System.Text.Json;
using DisputeCenter.Domain.Common;

namespace DisputeCenter.Services.Accounts.PersonalData;

/// <summary>How the export spells its values, the same in every section: UTC instants, money as amount and currency, camelCase names.</summary>
internal static class ExportJson
{
    /// <summary>Past this much buffered output the writer hands it to the stream, so a large export never sits in memory.</summary>
    private const int FlushThreshold = 32 * 1024;

    public static void WriteInstant(this Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            writer.WriteString(name, instant.UtcDateTime);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteId(this Utf8JsonWriter writer, string name, Guid? value)
    {
        if (value is { } id)
        {
            writer.WriteString(name, id);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>An amount to its currency's minor units (stored with four decimals), with the currency beside it.</summary>
    public static void WriteMoney(this Utf8JsonWriter writer, string name, Money? value)
    {
        if (value is not { } money)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("amount", decimal.Round(money.Amount, Currency.Of(money.Currency).Decimals));
        writer.WriteString("currency", money.Currency);
        writer.WriteEndObject();
    }

    public static void WriteEnum<TEnum>(this Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum => writer.WriteString(name, JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    public static void WriteEnum<TEnum>(this Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } member)
        {
            writer.WriteEnum(name, member);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static async Task FlushIfFullAsync(this Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }
}
