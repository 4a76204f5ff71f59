using DisputeCenter.BrowserTests.Infrastructure;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Returns;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Support;
using DisputeCenter.Testing;
using DisputeCenter.Web.Help;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Sdk;

namespace DisputeCenter.BrowserTests;

/// <summary>
/// The HTML the site serves, as a browser received it, checked by the Nu Html Checker: the pages the browser tests visit,
/// for every role and in both languages, the help centre and a form re-shown with its errors.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidationTests(KestrelApp app, ChromiumFixture chromium) : BrowserTest(app, chromium), IClassFixture<KestrelApp>
{
    private readonly List<(string Name, string Html)> _pages = [];

    /// <summary>Opens <paramref name="url"/> and keeps the HTML exactly as the server sent it.</summary>
    private async Task VisitAsync(IPage page, string who, string url)
    {
        var response = await page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}.");
        Assert.Contains("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        _pages.Add(($"{who} {await page.Locator("html").GetAttributeAsync("lang")} {url} ({response.Status})", await response.TextAsync()));
    }

    private async Task VisitAllAsync(IPage page, string who, IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            await VisitAsync(page, who, url);
        }
    }

    /// <summary>Chooses the language in the header's menu, as a person would.</summary>
    private static async Task ChooseAsync(IPage page, string culture)
    {
        await page.Locator(".preferences-menu > summary").ClickAsync();
        await page.Locator("#pref-culture").SelectOptionAsync(culture);
        await page.Locator("form.preferences button[type=submit]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }

    private async Task InBothLanguagesAsync(IPage page, string who, IReadOnlyList<string> urls)
    {
        await VisitAllAsync(page, who, urls);
        await ChooseAsync(page, "af-ZA");
        await VisitAllAsync(page, who, urls);
    }

    [Fact]
    public async Task The_check_fails_on_a_duplicate_id_and_names_the_page_and_the_line()
    {
        var page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Twice</title></head>\n<body><main>\n<input id=\"a\" name=\"a\" type=\"radio\">\n<input id=\"a\" name=\"a\" type=\"radio\">\n</main></body></html>";

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => HtmlValidator.AssertValidAsync([("valid page", "<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head><body></body></html>"), ("the register page", page)]));

        Assert.Contains("1 error(s) in 2 pages", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the register page, line 5:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Duplicate ID", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task The_pages_of_every_role_in_both_languages_have_no_html_error() => InBrowserAsync(async () =>
    {
        // A dispute settled on a return, the goods waiting to be sent back: the buyer's and the seller's return forms.
        var returning = await App.Database.FileAsync(sellerName: "Return Walk Audio");
        await App.Database.InScopeAsync(async s =>
        {
            var negotiation = s.GetRequiredService<NegotiationService>();
            var offer = await negotiation.CounterAsync(
                returning.DisputeId, DisputeActor.Seller(returning.SellerUser.Id), Remedy.ReturnAndRefund, 100m, "Send them back for a full refund.");
            (await negotiation.AcceptOfferAsync(returning.DisputeId, DisputeActor.Buyer(returning.Buyer.Id), offer.Value)).ThrowIfFailed();
            (await s.GetRequiredService<ReturnService>().GiveAddressAsync(returning.DisputeId, returning.SellerUser.Id, "Returns desk\n12 Dock Road\nDurban 4001")).ThrowIfFailed();
        });
        var filed = await App.Database.FileAsync();
        var order = await App.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: "Kettle", deliveredDaysAgo: 1);
        var moderator = await App.Data.ModeratorAsync();
        await App.Database.EscalateAndTakeAsync(filed, moderator.Id);
        var admin = await App.Data.UserAsync(Roles.Administrator, "Ada Admin");
        var ticket = (await App.Database.InScopeAsync(s => s.GetRequiredService<SupportTicketService>().OpenAsync(
            filed.Buyer.Id,
            new OpenTicketCommand { Topic = SupportTopic.Order, OrderId = filed.Order.Id, Subject = "Refund question", Message = "When does my refund arrive?" },
            [new IncomingFile("receipt.png", EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()))]))).Value;

        var stranger = await NewPageAsync();
        var help = HelpLinks.Articles.Select(slug => HelpLinks.Article(slug)).Concat(["/Help", "/Help?q=refund", "/Help?q=xylophone"]).ToList();
        await InBothLanguagesAsync(stranger, "anonymous", [
            "/", "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/ForgotPassword", "/No/Such/Page", .. help]);
        // The help centre in Afrikaans, as a reader sees it: no serious accessibility violation, and a screenshot of each kind of page.
        await stranger.GotoAsync(HelpLinks.Article(HelpLinks.StrongEvidence));
        await Expect(stranger.Locator("h1")).ToHaveTextAsync("Hoe om sterk bewyse bymekaar te sit");
        await SnapAsync(stranger, "help-article-af");
        await stranger.GotoAsync("/Help?q=terugbetaling");
        await Expect(stranger.Locator(".help-results [role=status]")).ToContainTextAsync("pas by “terugbetaling”");
        await SnapAsync(stranger, "help-search-af");
        await stranger.GotoAsync("/Identity/Account/Register");
        var refused = await stranger.RunAndWaitForResponseAsync(
            () => stranger.Locator("main form button[type=submit]").ClickAsync(), r => r.Request.Method == "POST");
        _pages.Add(("anonymous, the register form re-shown with its errors", await refused.TextAsync()));

        var buyer = await NewPageAsync();
        await buyer.SignInAsync(filed.Buyer.Email!);
        await InBothLanguagesAsync(buyer, "buyer", [
            "/Orders", $"/Orders/{filed.Order.Id}", $"/Orders/{filed.Order.Id}/Conversation", $"/Orders/{order.Id}", $"/Orders/{order.Id}/Problem",
            $"/Disputes/New?orderId={order.Id}", "/Disputes", $"/Disputes/{filed.DisputeId}", $"/Disputes/{filed.DisputeId}/Evidence",
            "/Notifications", "/Identity/Account/Manage", "/Help", "/Support", $"/Support?orderId={filed.Order.Id}", "/Support/Tickets", $"/Support/Tickets/{ticket}"]);
        await buyer.GotoAsync($"/Disputes/New?orderId={order.Id}");
        await buyer.Locator("input[name='Input.Reason'][value=DamagedInTransit]").CheckAsync();
        var details = await buyer.RunAndWaitForResponseAsync(
            () => buyer.Locator("button[name=go][value=details]").ClickAsync(), r => r.Request.Method == "POST");
        _pages.Add(("buyer af-ZA, the dispute form's details step", await details.TextAsync()));

        var returningBuyer = await NewPageAsync();
        await returningBuyer.SignInAsync(returning.Buyer.Email!);
        await InBothLanguagesAsync(returningBuyer, "buyer of a return", [$"/Disputes/{returning.DisputeId}"]);
        (await App.Database.InScopeAsync(s => s.GetRequiredService<ReturnService>()
            .ShipAsync(returning.DisputeId, returning.Buyer.Id, "DHL Express", "JD014600012345"))).ThrowIfFailed();
        var returningSeller = await NewPageAsync();
        await returningSeller.SignInAsync(returning.SellerUser.Email!);
        await InBothLanguagesAsync(returningSeller, "seller of a return", [$"/Seller/Claims/{returning.DisputeId}"]);

        var seller = await NewPageAsync();
        await seller.SignInAsync(filed.SellerUser.Email!);
        await InBothLanguagesAsync(seller, "seller", [
            "/Seller", "/Seller/Orders", $"/Seller/Orders/{filed.Order.Id}", "/Seller/Claims", $"/Seller/Claims/{filed.DisputeId}",
            "/Seller/Record", "/Seller/Conversations", "/Seller/Integrations", $"/Disputes/{filed.DisputeId}/Evidence"]);

        var staff = await NewPageAsync();
        await staff.SignInAsync(moderator.Email!);
        await InBothLanguagesAsync(staff, "moderator", [
            "/Moderation", "/Moderation/Appeals", "/Moderation/Overview", $"/Moderation/Cases/{filed.DisputeId}", "/Identity/Account/Manage/TwoFactor",
            "/Moderation/Support", $"/Moderation/Support/{ticket}"]);

        var administrator = await NewPageAsync();
        await administrator.SignInAsync(admin.Email!);
        await InBothLanguagesAsync(administrator, "administrator", [
            "/Admin/DeadlinePolicy", "/Admin/ReasonCodes", "/Admin/Moderators", "/Admin/Accounts", "/Admin/AuditTrail", "/Admin/Integrations", "/Admin/Webhooks"]);

        Assert.True(_pages.Count >= 80, $"only {_pages.Count} pages collected");
        await HtmlValidator.AssertValidAsync(_pages);
    });
}
