using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Tests.Evidence;
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

    private Task<Common.Result<Registration>> Register(RegisterAccountCommand command) =>
        db.InScopeAsync(s => s.GetRequiredService<RegisterAccountService>().RegisterAsync(command, new Common.Reader("af-ZA", "Africa/Johannesburg")));

    private Task<List<OutboxEmail>> EmailsToAsync(string address) =>
        db.WithDbAsync(d => d.OutboxEmails.AsNoTracking().Where(e => e.ToAddress == address).OrderBy(e => e.CreatedAt).ToListAsync());

    private Task<Common.Result> ConfirmAsync(string? userId, string? code) =>
        db.InScopeAsync(s => s.GetRequiredService<EmailConfirmationService>().ConfirmAsync(userId, code));

    private static (string UserId, string Code) LinkIn(OutboxEmail email)
    {
        var match = System.Text.RegularExpressions.Regex.Match(email.TextBody, @"/Identity/Account/ConfirmEmail\?userId=([^&\s]+)&code=([A-Za-z0-9_-]+)");
        Assert.True(match.Success, email.TextBody);
        return (Uri.UnescapeDataString(match.Groups[1].Value), match.Groups[2].Value);
    }

    [Fact]
    public async Task A_seller_registers_with_a_supplier_profile_and_the_seller_role()
    {
        var email = $"seller-{Guid.NewGuid():N}@test.example";

        var result = await Register(Seller(email));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var seller = await db.WithDbAsync(d => d.Sellers.AsNoTracking().SingleAsync(s => s.UserId == result.Value!.Created!.Id));
        Assert.Equal("Nomsa Trading", seller.Profile.BusinessName);
        Assert.Equal("ZA", seller.Profile.Country);
        var roles = await db.InScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().GetRolesAsync(result.Value!.Created!));
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
        Assert.False(await db.WithDbAsync(d => d.Sellers.AnyAsync(s => s.UserId == result.Value!.Created!.Id)));
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
    public async Task A_second_registration_of_an_address_creates_nothing_and_tells_the_owner_instead()
    {
        var email = $"twice-{Guid.NewGuid():N}@test.example";
        var first = await Register(Seller(email));
        Assert.NotNull(first.Value!.Created);

        var second = await Register(Seller(email) with { DisplayName = "Someone Else" });

        Assert.True(second.Succeeded);
        Assert.Null(second.Value!.Created);
        Assert.Equal(1, await db.WithDbAsync(d => d.Users.CountAsync(u => u.Email == email)));
        var emails = await EmailsToAsync(email);
        Assert.Equal(2, emails.Count);
        Assert.Contains("ConfirmEmail?userId=", emails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("/Identity/Account/Login", emails[1].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ConfirmEmail", emails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_account_is_unconfirmed_until_the_emailed_link_is_opened_and_a_wrong_link_is_refused()
    {
        var email = $"confirm-{Guid.NewGuid():N}@test.example";
        var created = (await Register(Seller(email))).Value!.Created!;
        Assert.False(await db.WithDbAsync(d => d.Users.Where(u => u.Id == created.Id).Select(u => u.EmailConfirmed).SingleAsync()));
        var (userId, code) = LinkIn(Assert.Single(await EmailsToAsync(email)));
        Assert.Equal(created.Id, userId);

        Assert.False((await ConfirmAsync(userId, code[..^4] + "AAAA")).Succeeded);
        Assert.False((await ConfirmAsync(Guid.NewGuid().ToString(), code)).Succeeded);
        Assert.False((await ConfirmAsync(userId, "not base64url!")).Succeeded);
        Assert.False(await db.WithDbAsync(d => d.Users.Where(u => u.Id == created.Id).Select(u => u.EmailConfirmed).SingleAsync()));

        Assert.True((await ConfirmAsync(userId, code)).Succeeded);
        Assert.True(await db.WithDbAsync(d => d.Users.Where(u => u.Id == created.Id).Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task An_unconfirmed_seller_cannot_answer_a_claim_until_confirmed()
    {
        var filed = await db.FileAsync();
        await db.ExecuteAsync($"UPDATE users SET email_confirmed = false WHERE id = {filed.SellerUser.Id}");

        var refused = await db.InScopeAsync(s => s.GetRequiredService<DisputeCenter.Services.Disputes.Negotiation.NegotiationService>().SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods were fine."));

        Assert.False(refused.Succeeded);
        Assert.Contains("Confirm your email address first", string.Join(" ", refused.Errors), StringComparison.Ordinal);
        Assert.Equal(Domain.Disputes.DisputeStatus.AwaitingSeller, await db.WithDbAsync(d => d.Disputes.Where(x => x.Id == filed.DisputeId).Select(x => x.Status).SingleAsync()));

        await db.ExecuteAsync($"UPDATE users SET email_confirmed = true WHERE id = {filed.SellerUser.Id}");
        Assert.True((await db.InScopeAsync(s => s.GetRequiredService<DisputeCenter.Services.Disputes.Negotiation.NegotiationService>().SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods were fine."))).Succeeded);
    }

    [Fact]
    public async Task The_account_keeps_the_language_and_time_zone_the_form_was_read_in()
    {
        var email = $"taal-{Guid.NewGuid():N}@test.example";
        await Register(Seller(email));

        var kept = await db.WithDbAsync(d => d.Users.Where(u => u.Email == email).Select(u => new { u.Culture, u.TimeZone }).SingleAsync());
        Assert.Equal(("af-ZA", "Africa/Johannesburg"), (kept.Culture, kept.TimeZone));
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
