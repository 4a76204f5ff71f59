namespace DisputeCenter.Domain.Common;

/// <summary>
/// An amount in one currency. Decimal only, never float; arithmetic between two currencies
/// is refused rather than guessed at.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public Money(decimal amount, string currency)
    {
        var iso = Common.Currency.Of(currency);
        if (decimal.Round(amount, iso.Decimals) != amount)
        {
            throw new ArgumentException(
                $"{iso.Code} amounts have at most {iso.Decimals} decimal places; {amount} has more.", nameof(amount));
        }

        Amount = amount;
        Currency = iso.Code;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public bool IsZero => Amount == 0m;

    public bool IsPositive => Amount > 0m;

    public static Money Zero(string currency) => new(0m, currency);

    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    public static Money operator *(Money money, int quantity) => new(money.Amount * quantity, money.Currency);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(int quantity) => this * quantity;

    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    public bool IsSameCurrencyAs(Money other) => string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    public override string ToString() => $"{Amount.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture)} {Currency}";

    private static void EnsureSameCurrency(Money left, Money right)
    {
        if (!left.IsSameCurrencyAs(right))
        {
            throw new CurrencyMismatchException(left.Currency, right.Currency);
        }
    }
}
