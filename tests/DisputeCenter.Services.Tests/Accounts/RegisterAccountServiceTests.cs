using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Accounts;

public sealed class RegisterAccountServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static RegisterAccountCommand Seller(string email) => new()
    {
        AccountType = AccountType.Seller,
        DisplayName = "Nomsa Seller",
        Email = email,
        Password = "twelve chars",
        BusinessName = "Nomsa Trading",
        BusinessAddress = "5 Long Street, Cape Town",
        Country = "za",
        RegistrationNumber = "2020/000001/07",
    };

    private Task<Common.Result<ApplicationUser>> Register(RegisterAccountCommand command) =>
        db.InScopeAsync(s => s.GetRequiredService<RegisterAccountService>().RegisterAsync(command));

    [Fact]
    public async Task A_seller_registers_with_a_supplier_profile_and_the_seller_role()
    {
        var email = $"seller-{Guid.NewGuid():N}@test.example";

        var result = await Register(Seller(email));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var seller = await db.WithDbAsync(d => d.Sellers.AsNoTracking().SingleAsync(s => s.UserId == result.Value!.Id));
        Assert.Equal("Nomsa Trading", seller.Profile.BusinessName);
        Assert.Equal("ZA", seller.Profile.Country);
        var roles = await db.InScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(result.Value!));
        Assert.Equal([Roles.Seller], roles);
    }

    [Fact]
    public async Task A_buyer_registers_without_a_supplier_profile()
    {
        var result = await Register(new RegisterAccountCommand
        {
            DisplayName = "Plain Buyer",
            Email = $"buyer-{Guid.NewGuid():N}@test.example",
            Password = "correct horse battery staple",
        });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.False(await db.WithDbAsync(d => d.Sellers.AnyAsync(s => s.UserId == result.Value!.Id)));
    }

    [Fact]
    public async Task A_password_under_twelve_characters_is_refused_and_no_account_is_made()
    {
        var email = $"short-{Guid.NewGuid():N}@test.example";
        var command = Seller(email) with { Password = "elevenchars" };

        var validation = db.Services.GetRequiredService<IValidator<RegisterAccountCommand>>().Validate(command);
        var result = await Register(command);

        Assert.Contains(validation.Errors, e => e.PropertyName == nameof(RegisterAccountCommand.Password));
        Assert.False(result.Succeeded);
        Assert.False(await db.WithDbAsync(d => d.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await db.WithDbAsync(d => d.Sellers.AnyAsync(s => s.Profile.ContactEmail == email)));
    }

    [Fact]
    public async Task A_long_passphrase_needs_no_digits_capitals_or_symbols()
    {
        var result = await Register(new RegisterAccountCommand
        {
            DisplayName = "Passphrase Person",
            Email = $"phrase-{Guid.NewGuid():N}@test.example",
            Password = "the quick brown fox jumps over the lazy dog again and again",
        });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        var email = $"twice-{Guid.NewGuid():N}@test.example";
        Assert.True((await Register(Seller(email))).Succeeded);

        var second = await Register(Seller(email));

        Assert.False(second.Succeeded);
        Assert.Equal(1, await db.WithDbAsync(d => d.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public void A_seller_must_give_business_details()
    {
        var validator = db.Services.GetRequiredService<IValidator<RegisterAccountCommand>>();

        var result = validator.Validate(Seller("x@test.example") with { BusinessName = "", RegistrationNumber = null, Country = "South Africa" });

        Assert.Equal(
            [nameof(RegisterAccountCommand.BusinessName), nameof(RegisterAccountCommand.Country), nameof(RegisterAccountCommand.RegistrationNumber)],
            result.Errors.Select(e => e.PropertyName).Distinct().Order());
    }
}
