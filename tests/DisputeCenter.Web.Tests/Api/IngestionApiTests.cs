using System.Net;
using DisputeCenter.Services.Integration.Ingestion;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests.Api;

public sealed class IngestionApiTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static readonly DateTimeOffset Placed = DatabaseFixture.Start.AddDays(-20);

    internal static object Buyer(string id) => new { external_id = id, email = $"{id}@buyers.example", display_name = $"Buyer {id}" };

    internal static object Seller(string id) => new
    {
        external_id = id,
        email = $"{id}@sellers.example",
        display_name = $"Seller {id}",
        business_name = $"{id} Trading Co.",
        address = "1 Harbour Road, Ningbo",
        country = "CN",
        registration_number = $"REG-{id}",
    };

    internal static Dictionary<string, object?> Order(string id, string buyer, string seller, decimal price = 25m) => new()
    {
        ["external_id"] = id,
        ["number"] = $"MP-{id}",
        ["buyer_external_id"] = buyer,
        ["seller_external_id"] = seller,
        ["currency"] = "USD",
        ["placed_at"] = Placed,
        ["expected_delivery_at"] = Placed.AddDays(10),
        ["assurance_covered"] = true,
        ["lines"] = new[] { new { product_name = "Ceramic mugs", category = "home-garden", quantity = 4, unit_price = price } },
    };

    private async Task<HttpClient> PartiesAsync(string suffix)
    {
        var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/buyers", Buyer("b-" + suffix))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/sellers", Seller("s-" + suffix))).StatusCode);
        return client;
    }

    [Fact]
    public async Task A_pushed_order_with_payment_shipment_and_delivery_is_the_buyers_order()
    {
        using var client = await PartiesAsync("full");
        var order = Order("o-full", "b-full", "s-full");
        order["payment"] = new { reference = "PAY-1", amount = 100m, paid_at = Placed.AddHours(1) };
        order["shipment"] = new { carrier = "DHL", tracking_number = "JD0001", shipped_at = Placed.AddDays(1) };
        order["delivery"] = new { delivered_at = Placed.AddDays(6), lines = new[] { new { line_number = 1, quantity = 3 } } };

        var response = await client.PostJsonAsync("/api/v1/orders", order);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("created", body.GetProperty("outcome").GetString());
        var id = Guid.Parse(body.GetProperty("id").GetString()!);
        var stored = await app.Database.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == id));
        var buyer = await app.Database.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == stored.BuyerId));
        Assert.Equal("b-full@buyers.example", buyer.Email);
        Assert.True(buyer.EmailConfirmed);
        Assert.Equal("JD0001", stored.TrackingNumber);
        Assert.True(stored.IsPartiallyDelivered);
        Assert.Equal(100m, stored.Total.Amount);
    }

    [Fact]
    public async Task Pushing_the_same_order_again_changes_nothing_and_a_later_push_adds_the_shipment()
    {
        using var client = await PartiesAsync("again");
        var order = Order("o-again", "b-again", "s-again");
        order["payment"] = new { reference = "PAY-2", amount = 100m, paid_at = Placed.AddHours(1) };
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/orders", order)).StatusCode);

        var same = await client.PostJsonAsync("/api/v1/orders", order);
        order["shipment"] = new { carrier = "UPS", tracking_number = "1Z999", shipped_at = Placed.AddDays(2) };
        var shipped = await client.PostJsonAsync("/api/v1/orders", order);

        Assert.Equal("unchanged", (await same.JsonAsync()).GetProperty("outcome").GetString());
        Assert.Equal("updated", (await shipped.JsonAsync()).GetProperty("outcome").GetString());
        Assert.Equal(1, await app.Database.WithDbAsync(db => db.ExternalIds.CountAsync(e => e.Kind == ExternalKind.Order && e.Value == "o-again")));
    }

    [Fact]
    public async Task A_broken_order_rule_is_a_422_naming_the_field_and_the_rule()
    {
        using var client = await PartiesAsync("broken");
        var order = Order("o-broken", "b-broken", "s-broken");
        order["payment"] = new { reference = "PAY-3", amount = 99m, paid_at = Placed.AddHours(1) };

        var response = await client.PostJsonAsync("/api/v1/orders", order);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("payment", problem.GetProperty("field").GetString());
        Assert.Equal("AmountPaidMustEqualOrderTotal", problem.GetProperty("rule").GetString());
        Assert.Equal(0, await app.Database.WithDbAsync(db => db.Orders.CountAsync(o => o.Number == "MP-o-broken")));
    }

    [Fact]
    public async Task A_recorded_shipment_cannot_be_replaced()
    {
        using var client = await PartiesAsync("reship");
        var order = Order("o-reship", "b-reship", "s-reship");
        order["payment"] = new { reference = "PAY-4", amount = 100m, paid_at = Placed.AddHours(1) };
        order["shipment"] = new { carrier = "DHL", tracking_number = "FIRST", shipped_at = Placed.AddDays(1) };
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/orders", order)).StatusCode);

        order["shipment"] = new { carrier = "DHL", tracking_number = "SECOND", shipped_at = Placed.AddDays(1) };
        var problem = await (await client.PostJsonAsync("/api/v1/orders", order)).JsonAsync();

        Assert.Equal("shipment", problem.GetProperty("field").GetString());
        Assert.Equal("OrderCanBeShippedOnce", problem.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("lines[0].unit_price", 10.005, "home-garden")]
    [InlineData("lines[0].category", 10, "no-such-category")]
    public async Task A_malformed_line_names_its_field(string field, double price, string category)
    {
        using var client = await PartiesAsync("line" + field.Length + category.Length);
        var order = Order("o-line-" + category, "b-line" + field.Length + category.Length, "s-line" + field.Length + category.Length);
        order["lines"] = new[] { new { product_name = "Mugs", category, quantity = 1, unit_price = (decimal)price } };

        var problem = await (await client.PostJsonAsync("/api/v1/orders", order)).JsonAsync();

        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_order_for_a_buyer_never_pushed_is_refused()
    {
        using var client = await PartiesAsync("nobuyer");

        var problem = await (await client.PostJsonAsync("/api/v1/orders", Order("o-nobuyer", "who", "s-nobuyer"))).JsonAsync();

        Assert.Equal("buyer_external_id", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_batch_reports_each_order_and_stores_the_good_ones()
    {
        using var client = await PartiesAsync("batch");
        var good = Enumerable.Range(1, 50).Select(i => Order($"o-batch-{i}", "b-batch", "s-batch")).ToList();
        var bad = Order("o-batch-bad", "b-batch", "s-batch");
        bad["lines"] = Array.Empty<object>();

        var response = await client.PostJsonAsync("/api/v1/orders/batch", new { orders = good.Append(bad) });

        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(51, results.Count);
        Assert.All(results.Take(50), r => Assert.Equal("created", r.GetProperty("outcome").GetString()));
        Assert.Equal("OrderMustHaveLines", results[50].GetProperty("problem").GetProperty("rule").GetString());
        Assert.Equal(50, await app.Database.WithDbAsync(db => db.Orders.CountAsync(o => o.Number.StartsWith("MP-o-batch-"))));
    }

    [Fact]
    public async Task An_order_number_already_taken_refuses_only_that_order_of_the_batch()
    {
        using var client = await PartiesAsync("taken");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/orders", Order("o-taken-1", "b-taken", "s-taken"))).StatusCode);
        var duplicate = Order("o-taken-2", "b-taken", "s-taken");
        duplicate["number"] = "MP-o-taken-1";

        var response = await client.PostJsonAsync("/api/v1/orders/batch", new { orders = new[] { Order("o-taken-3", "b-taken", "s-taken"), duplicate } });

        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("created", results[0].GetProperty("outcome").GetString());
        Assert.Equal("number", results[1].GetProperty("problem").GetProperty("field").GetString());
        Assert.Equal(2, await app.Database.WithDbAsync(db => db.Orders.CountAsync(o => o.Number.StartsWith("MP-o-taken-"))));
        Assert.Equal(2, await app.Database.WithDbAsync(db => db.ExternalIds.CountAsync(e => e.Value.StartsWith("o-taken-"))));
    }

    [Fact]
    public async Task A_pushed_buyer_with_an_existing_account_keeps_it()
    {
        var existing = await app.Data.BuyerAsync("Already Here");
        using var client = app.ApiClient((await app.MarketplaceKeyAsync()).Secret);

        var response = await client.PostJsonAsync("/api/v1/buyers", new { external_id = "b-existing", email = existing.Email, display_name = "Already Here" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(existing.Id, (await response.JsonAsync()).GetProperty("id").GetString());
        var stillHasPassword = await app.Database.InScopeAsync(async services =>
            await services.GetRequiredService<UserManager<ApplicationUser>>().CheckPasswordAsync((await services.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(existing.Id))!, TestData.Password));
        Assert.True(stillHasPassword);
    }

    [Fact]
    public async Task A_pushed_buyer_sets_a_password_through_forgot_password_signs_in_and_sees_the_pushed_order()
    {
        using var api = await PartiesAsync("signin");
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/orders", Order("o-signin", "b-signin", "s-signin"))).StatusCode);
        using var browser = app.Browser();

        await browser.SubmitAsync("/Identity/Account/ForgotPassword", "main form", new Dictionary<string, string> { ["Email"] = "b-signin@buyers.example" });
        var email = await app.Database.WithDbAsync(db => db.OutboxEmails.Where(e => e.ToAddress == "b-signin@buyers.example").Select(e => e.TextBody).SingleAsync());
        var link = System.Text.RegularExpressions.Regex.Match(email, @"/Identity/Account/ResetPassword\?\S+").Value;
        await browser.SubmitAsync(link, "main form", new Dictionary<string, string> { ["NewPassword"] = "a pushed buyer's passphrase" });
        var signedIn = await browser.SignInAsync("b-signin@buyers.example", "a pushed buyer's passphrase");
        var orders = await browser.GetDocumentAsync("/Orders");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("MP-o-signin", orders.Body!.TextContent, StringComparison.Ordinal);
    }
}
