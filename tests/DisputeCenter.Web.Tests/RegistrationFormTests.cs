using System.Net;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests;

public sealed class RegistrationFormTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static Dictionary<string, string> BuyerFields(string email) => new()
    {
        ["Input.AccountType"] = "Buyer",
        ["Input.DisplayName"] = "Nomsa Buyer",
        ["Input.Email"] = email,
        ["Input.Password"] = "a passphrase of words",
    };

    [Fact]
    public async Task Without_script_the_seller_fields_stay_grouped_and_say_they_are_for_sellers_only()
    {
        using var client = app.Browser();

        var page = await client.GetDocumentAsync("/Identity/Account/Register");

        var profile = page.QuerySelector("fieldset#seller-profile")!;
        Assert.Null(profile.GetAttribute("hidden"));
        Assert.Equal("Sellers only: your supplier profile", profile.QuerySelector("legend")!.TextContent.Trim());
        Assert.Contains("If you buy, leave it empty.", profile.QuerySelector(".hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, profile.QuerySelectorAll("input, textarea").Length);
        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.StartsWith("/js/register.js", script.GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(script.GetAttribute("src"))).StatusCode);
    }

    [Fact]
    public async Task A_buyers_form_carrying_a_supplier_profile_is_refused_with_a_reason_and_keeps_what_was_typed()
    {
        using var client = app.Browser();
        var email = $"mixed-{Guid.NewGuid():N}@test.example";
        var fields = BuyerFields(email);
        fields["Input.BusinessName"] = "Karoo Pumps";
        fields["Input.ContactPhone"] = "+27 21 555 0100";

        var response = await client.SubmitAsync("/Identity/Account/Register", "main form", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains(
            "You chose to buy, but filled in the sellers' supplier profile. Choose \"sell\" to register as a seller, or empty those fields to register as a buyer.",
            page.QuerySelector(".error-summary")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("Karoo Pumps", page.QuerySelector("#Input_BusinessName")!.GetAttribute("value"));
        Assert.Equal("+27 21 555 0100", page.QuerySelector("#Input_ContactPhone")!.GetAttribute("value"));
        Assert.Equal("Nomsa Buyer", page.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.False(await app.Database.WithDbAsync(d => d.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_buyers_form_with_the_seller_fields_left_empty_registers_a_buyer()
    {
        using var client = app.Browser();
        var email = $"buyer-{Guid.NewGuid():N}@test.example";

        var response = await client.SubmitAsync("/Identity/Account/Register", "main form", BuyerFields(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.Database.WithDbAsync(d => d.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_empty_form_is_refused_in_the_sites_words_only()
    {
        using var client = app.Browser();

        var response = await client.SubmitAsync("/Identity/Account/Register", "main form", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "",
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        });

        var page = await response.ParseAsync();
        var errors = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Choose a password.", "Enter the name other people will see.", "Enter your email address."], errors.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("field is required", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
