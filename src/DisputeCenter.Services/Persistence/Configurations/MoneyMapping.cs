using DisputeCenter.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DisputeCenter.Services.Persistence.Configurations;

/// <summary>Money is two columns: a numeric amount and its ISO 4217 code.</summary>
internal static class MoneyMapping
{
    public const int Precision = 18;
    public const int Scale = 4;

    public static void Configure(ComplexPropertyBuilder<Money> money)
    {
        money.Property(m => m.Amount).HasPrecision(Precision, Scale).IsRequired();
        money.Property(m => m.Currency).HasMaxLength(3).IsRequired();
        money.Ignore(m => m.IsZero);
        money.Ignore(m => m.IsPositive);
    }
}
