using DisputeCenter.Domain.Common;

namespace DisputeCenter.Domain.Tests.Orders;

public class MoneyTests
{
    [Fact]
    public void Amounts_in_the_same_currency_add_and_subtract()
    {
        var sum = new Money(10.25m, "USD") + new Money(4.75m, "USD");

        Assert.Equal(new Money(15m, "USD"), sum);
        Assert.Equal(new Money(5.5m, "USD"), sum - new Money(9.5m, "USD"));
    }

    [Fact]
    public void Adding_amounts_in_different_currencies_is_refused()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => new Money(1m, "USD") + new Money(1m, "EUR"));

        Assert.Equal("USD", ex.Left);
        Assert.Equal("EUR", ex.Right);
    }

    [Fact]
    public void Comparing_amounts_in_different_currencies_is_refused()
    {
        Assert.Throws<CurrencyMismatchException>(() => new Money(1m, "USD") < new Money(2m, "GBP"));
    }

    [Theory]
    [InlineData("USD", 1.234)]
    [InlineData("EUR", 0.001)]
    [InlineData("JPY", 1.5)]
    public void More_decimals_than_the_currency_has_are_refused(string currency, double amount)
    {
        Assert.Throws<ArgumentException>(() => new Money((decimal)amount, currency));
    }

    [Theory]
    [InlineData("USD", 1.23)]
    [InlineData("JPY", 150)]
    [InlineData("KRW", 1000)]
    public void Amounts_within_the_currency_decimals_are_accepted(string currency, double amount)
    {
        var money = new Money((decimal)amount, currency);

        Assert.Equal((decimal)amount, money.Amount);
        Assert.Equal(currency, money.Currency);
    }

    [Fact]
    public void Unknown_currency_codes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Money(1m, "XYZ"));
        Assert.False(Currency.IsSupported("XYZ"));
        Assert.True(Currency.IsSupported("ZAR"));
    }

    [Fact]
    public void Comparisons_follow_the_amount()
    {
        var small = new Money(1m, "USD");
        var large = new Money(2m, "USD");

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= new Money(1.00m, "USD"));
        Assert.True(large >= small);
        Assert.Equal(-1, small.CompareTo(large));
    }

    [Fact]
    public void Multiplying_by_a_quantity_keeps_the_currency()
    {
        Assert.Equal(new Money(7.5m, "EUR"), new Money(2.5m, "EUR") * 3);
    }

    [Fact]
    public void Zero_and_positive_are_reported()
    {
        Assert.True(Money.Zero("USD").IsZero);
        Assert.False(Money.Zero("USD").IsPositive);
        Assert.True(new Money(0.01m, "USD").IsPositive);
    }

    [Fact]
    public void Text_form_uses_the_invariant_culture()
    {
        Assert.Equal("1234.50 USD", new Money(1234.5m, "USD").ToString());
    }
}
