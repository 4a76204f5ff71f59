using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class ModerationQueueTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private async Task<HttpClient> SignedInAsync(ApplicationUser user)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email!, TestData.Password)).StatusCode);
        return client;
    }

    private async Task<(Seller Seller, ApplicationUser Buyer, string Name)> PartiesAsync()
    {
        var name = "Web Queue " + Guid.NewGuid().ToString("N")[..8];
        var (_, seller) = await app.Data.SellerAsync(name);
        return (seller, await app.Data.BuyerAsync(), name);
    }

    private Task<Guid> EscalatedAsync(
        Seller seller, ApplicationUser buyer, TimeSpan ago, DisputeReason reason = DisputeReason.NotAsDescribed, Action<Dispute, DateTimeOffset>? then = null) =>
        app.Database.WithDbAsync(d => EscalatedDisputes.CreateAsync(d, buyer.Id, seller, app.Clock.GetUtcNow() - ago, reason, then: then));

    private Task<string?> HolderAsync(Guid id) =>
        app.Database.WithDbAsync(d => d.Disputes.Where(x => x.Id == id).Select(x => x.AssignedModeratorId).SingleAsync());

    [Fact]
    public async Task A_moderator_takes_a_case_from_the_queue_lands_on_its_page_and_releases_it_from_Mine()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var id = await EscalatedAsync(seller, buyer, 3 * Day);
        var moderator = await app.Data.ModeratorAsync();
        using var client = await SignedInAsync(moderator);
        var queueUrl = "/Moderation?seller=" + Uri.EscapeDataString(name);

        var queue = await client.GetDocumentAsync(queueUrl);
        var row = Assert.Single(queue.QuerySelectorAll("table.queue tbody tr"));
        Assert.Equal($"/Moderation/Cases/{id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("overdue by 1 day", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Seller unresponsive", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unassigned", row.TextContent, StringComparison.Ordinal);

        var taken = await client.SubmitAsync(queueUrl, "form.take", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal($"/Moderation/Cases/{id}", taken.Headers.Location!.OriginalString);
        Assert.Equal(moderator.Id, await HolderAsync(id));

        var mineUrl = queueUrl + "&assignment=Mine";
        var mine = await client.GetDocumentAsync(mineUrl);
        var mineRow = Assert.Single(mine.QuerySelectorAll("table.queue tbody tr"));
        Assert.Contains("You", mineRow.QuerySelector("td[data-label='Held by']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(mineRow.QuerySelector("form.take"));
        var released = await client.SubmitAsync(mineUrl, "form.release", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Equal(mineUrl, released.Headers.Location!.OriginalString);
        Assert.Null(await HolderAsync(id));
        var after = await client.GetDocumentAsync(mineUrl);
        Assert.Contains("You released the case", after.QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("table.queue tbody tr"));
    }

    [Fact]
    public async Task Taking_a_case_another_moderator_took_first_shows_the_refusal_on_the_queue()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var id = await EscalatedAsync(seller, buyer, Day);
        var late = await app.Data.ModeratorAsync("Late Larry");
        var quick = await app.Data.ModeratorAsync("Quick Quinn");
        using var client = await SignedInAsync(late);
        var queueUrl = "/Moderation?seller=" + Uri.EscapeDataString(name);
        var page = await client.GetDocumentAsync(queueUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.take")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        (await app.Database.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(id, quick.Id))).ThrowIfFailed();
        var refused = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(queueUrl, refused.Headers.Location!.OriginalString);
        var after = await client.GetDocumentAsync(queueUrl);
        Assert.Contains("Another moderator already has this case", after.QuerySelector(".error-summary[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quick Quinn", after.QuerySelector("table.queue tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(quick.Id, await HolderAsync(id));
    }

    [Fact]
    public async Task Filters_in_the_query_string_narrow_the_queue_and_a_wrong_range_is_explained_at_its_field()
    {
        var (seller, buyer, name) = await PartiesAsync();
        await EscalatedAsync(seller, buyer, Day, DisputeReason.NotAsDescribed);
        var damaged = await EscalatedAsync(seller, buyer, 3 * Day, DisputeReason.DamagedInTransit);
        var moderator = await app.Data.ModeratorAsync();
        using var client = await SignedInAsync(moderator);
        var seller_ = "seller=" + Uri.EscapeDataString(name);

        var byReason = await client.GetDocumentAsync($"/Moderation?{seller_}&reason=DamagedInTransit");
        var overdue = await client.GetDocumentAsync($"/Moderation?{seller_}&overdue=true");
        var all = await client.GetDocumentAsync($"/Moderation?{seller_}");
        var upsideDown = await client.GetDocumentAsync($"/Moderation?{seller_}&min=200&max=100");

        Assert.Equal(damaged.ToString(), Assert.Single(byReason.QuerySelectorAll("table.queue tbody tr")).QuerySelector("a")!.GetAttribute("href")![^36..]);
        Assert.Equal("DamagedInTransit", byReason.QuerySelector<IHtmlSelectElement>("#reason")!.Value);
        Assert.Single(overdue.QuerySelectorAll("table.queue tbody tr"));
        Assert.True(overdue.QuerySelector<IHtmlInputElement>("#overdue")!.IsChecked);
        Assert.Equal(2, all.QuerySelectorAll("table.queue tbody tr").Length);
        Assert.Empty(upsideDown.QuerySelectorAll("table.queue"));
        Assert.Equal("max-error", upsideDown.QuerySelector("#max")!.GetAttribute("aria-describedby"));
        Assert.Equal("The largest amount must not be below the smallest.", upsideDown.QuerySelector("#max-error")!.TextContent);
    }

    [Fact]
    public async Task The_deciding_moderator_sees_no_Take_on_its_appeal_and_is_told_why_while_another_moderator_can_take_it()
    {
        var (seller, buyer, name) = await PartiesAsync();
        var decider = await app.Data.ModeratorAsync("Dora Decider");
        var other = await app.Data.ModeratorAsync("Otto Other");
        var id = await EscalatedAsync(seller, buyer, 6 * Day, then: (d, escalated) =>
        {
            d.AssignModerator(decider.Id, escalated.AddHours(1));
            d.Decide(decider.Id, Outcome.Rejected, null, "no-evidence", "The photos do not show the defect the buyer describes.", DecisionBasis.OnTheClaim(d, "no-evidence"), escalated.AddDays(1));
            d.Appeal(Party.Buyer, buyer.Id, "Here is a video that shows the defect clearly.", app.Clock.GetUtcNow() - TimeSpan.FromHours(2));
        });
        using var deciderClient = await SignedInAsync(decider);
        using var otherClient = await SignedInAsync(other);
        var url = "/Moderation/Appeals?seller=" + Uri.EscapeDataString(name);

        var forDecider = Assert.Single((await deciderClient.GetDocumentAsync(url)).QuerySelectorAll("table.queue tbody tr"));
        var forOther = Assert.Single((await otherClient.GetDocumentAsync(url)).QuerySelectorAll("table.queue tbody tr"));

        Assert.Null(forDecider.QuerySelector("form.take"));
        Assert.Contains("You decided this case; another moderator must handle the appeal", forDecider.TextContent, StringComparison.Ordinal);
        Assert.NotNull(forOther.QuerySelector("form.take"));
        Assert.Empty((await otherClient.GetDocumentAsync("/Moderation?seller=" + Uri.EscapeDataString(name))).QuerySelectorAll("table.queue tbody tr"));
        var taken = await otherClient.SubmitAsync(url, "form.take", new Dictionary<string, string>());
        Assert.Equal($"/Moderation/Cases/{id}", taken.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_overview_shows_open_cases_by_state_and_the_stalled_count_and_the_header_links_the_moderation_pages()
    {
        var (seller, buyer, _) = await PartiesAsync();
        await EscalatedAsync(seller, buyer, 6 * Day, then: (d, escalated) =>
        {
            d.AssignModerator("gone-quiet", escalated.AddHours(1));
            d.ApplyOverdueDeadline(app.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        });
        using var client = await SignedInAsync(await app.Data.ModeratorAsync());

        var page = await client.GetDocumentAsync("/Moderation/Overview");

        Assert.True(int.Parse(page.QuerySelector("#stalled-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var inMediation = page.QuerySelector("#by-state tr[data-status=InMediation]")!;
        Assert.True(int.Parse(inMediation.QuerySelector("td")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var links = page.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/Moderation", links);
        Assert.Contains("/Moderation/Appeals", links);
        Assert.Contains("/Moderation/Overview", links);
    }

    [Theory]
    [InlineData(Roles.Buyer)]
    [InlineData(Roles.Seller)]
    [InlineData(Roles.Administrator)]
    public async Task Other_roles_are_refused_every_moderation_page(string role)
    {
        using var client = await SignedInAsync(await app.Data.UserAsync(role, "Not A Moderator"));

        foreach (var url in new[] { "/Moderation", "/Moderation/Appeals", "/Moderation/Overview", "/Moderation?stage=AwaitingInformation" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Identity/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var header = await client.GetDocumentAsync("/");
        Assert.DoesNotContain(header.QuerySelectorAll("header nav a"), a => a.GetAttribute("href")!.StartsWith("/Moderation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_signed_out_is_sent_to_sign_in()
    {
        using var client = app.Browser();

        var response = await client.GetAsync("/Moderation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
