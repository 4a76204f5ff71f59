using System.Net;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Testing;
using DisputeCenter.Web.Startup;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class AdministrationTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private async Task<HttpClient> AdminAsync() => await SignedInAsync((await app.Data.UserAsync(Roles.Administrator, "Ada Admin")).Email!);

    private Task<int> PolicyVersionsAsync() => app.Database.WithDbAsync(d => d.DeadlinePolicies.CountAsync());

    [Fact]
    public async Task The_policy_page_shows_each_clock_with_its_default_and_source_and_an_edit_makes_a_version_in_the_history()
    {
        using var admin = await AdminAsync();

        var page = await admin.GetDocumentAsync("/Admin/DeadlinePolicy");
        var defaultRow = page.QuerySelectorAll("section.policy-row")[0];
        var response = defaultRow.QuerySelector("tr[data-clock='SellerResponse']")!.TextContent;
        Assert.Contains("5 days", response, StringComparison.Ordinal);
        Assert.Contains("AliExpress 5 days", response, StringComparison.Ordinal);
        Assert.Contains("keep the deadlines in force when they were filed", page.QuerySelector("#snapshot-note")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header a[href='/Admin/DeadlinePolicy']"));
        var edit = defaultRow.QuerySelector("a[href^='/Admin/DeadlinePolicy/Edit/']")!.GetAttribute("href")!;

        var saved = await admin.SubmitAsync(edit, "main form", new Dictionary<string, string> { ["Input.SellerResponse"] = "4" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await admin.GetDocumentAsync("/Admin/DeadlinePolicy");
        var row = after.QuerySelectorAll("section.policy-row")[0];
        Assert.Contains("4 days", row.QuerySelector("tr[data-clock='SellerResponse']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ada Admin", row.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, row.QuerySelectorAll("table.history tbody tr").Length);
    }

    [Theory]
    [InlineData("-3", "Enter more than zero days.")]
    [InlineData("0", "Enter more than zero days.")]
    [InlineData("99999", "Enter at most 365 days.")]
    [InlineData("soon", "Enter a number of days, like 5 or 2.5.")]
    public async Task Bad_values_are_refused_under_their_field_and_change_nothing(string typed, string message)
    {
        using var admin = await AdminAsync();
        var edit = (await admin.GetDocumentAsync("/Admin/DeadlinePolicy")).QuerySelector("a[href^='/Admin/DeadlinePolicy/Edit/']")!.GetAttribute("href")!;
        var before = await PolicyVersionsAsync();

        var refused = await admin.SubmitAsync(edit, "main form", new Dictionary<string, string> { ["Input.Negotiation"] = typed });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var field = page.QuerySelector("#Input_Negotiation")!;
        Assert.Equal(typed, field.GetAttribute("value"));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("Input_Negotiation-error", field.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(message, page.QuerySelector("#Input_Negotiation-error")!.TextContent);
        Assert.Equal(before, await PolicyVersionsAsync());
    }

    [Fact]
    public async Task A_negotiation_shorter_than_the_sellers_response_is_refused_by_the_domain_under_the_negotiation_field()
    {
        using var admin = await AdminAsync();
        var edit = (await admin.GetDocumentAsync("/Admin/DeadlinePolicy")).QuerySelector("a[href^='/Admin/DeadlinePolicy/Edit/']")!.GetAttribute("href")!;
        var before = await PolicyVersionsAsync();

        var refused = await admin.SubmitAsync(edit, "main form", new Dictionary<string, string> { ["Input.SellerResponse"] = "9", ["Input.Negotiation"] = "8" });

        var page = await refused.ParseAsync();
        Assert.Contains("cannot be shorter than the seller's response time", page.QuerySelector("#Input_Negotiation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PolicyVersionsAsync());
    }

    [Fact]
    public async Task A_disabled_moderator_is_signed_out_within_the_stamp_interval_cannot_sign_in_and_their_case_returns_to_the_queue()
    {
        var moderator = await app.Data.ModeratorAsync("Mo Derator");
        var disputeId = await AssignedCaseAsync(moderator.Id);
        using var moderatorClient = await SignedInAsync(moderator.Email!);
        using var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await moderatorClient.GetAsync("/Notifications")).StatusCode);

        var disabled = await admin.SubmitAsync("/Admin/Moderators", $"form[action*='handler=Disable'][action*='{moderator.Id}']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        app.Clock.Advance(WebServiceCollectionExtensions.SecurityStampInterval + TimeSpan.FromSeconds(1));
        var next = await moderatorClient.GetAsync("/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/Identity/Account/Login", next.Headers.Location!.ToString(), StringComparison.Ordinal);
        var again = await moderatorClient.SignInAsync(moderator.Email!, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This account has been disabled", (await again.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var dispute = await app.Database.WithDbAsync(d => d.Disputes.AsNoTracking().SingleAsync(x => x.Id == disputeId));
        Assert.Null(dispute.AssignedModeratorId);
        var list = await admin.GetDocumentAsync("/Admin/Moderators");
        Assert.Contains("1 of their cases went back to the queue", list.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var enabled = await admin.SubmitAsync("/Admin/Moderators", $"form[action*='handler=Enable'][action*='{moderator.Id}']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(moderator.Email!, TestData.Password)).StatusCode);
    }

    [Theory]
    [InlineData("/Admin/DeadlinePolicy")]
    [InlineData("/Admin/DeadlinePolicy/Edit/d0000000-0000-0000-0000-000000000001")]
    [InlineData("/Admin/Moderators")]
    public async Task Admin_pages_refuse_buyers_sellers_and_moderators(string url)
    {
        foreach (var role in new[] { Roles.Buyer, Roles.Seller, Roles.Moderator })
        {
            var user = await app.Data.UserAsync(role, "Not an administrator");
            using var client = await SignedInAsync(user.Email!);

            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Identity/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Posting_to_admin_pages_as_a_moderator_changes_nothing()
    {
        var moderator = await app.Data.ModeratorAsync();
        using var client = await SignedInAsync(moderator.Email!);
        var before = await PolicyVersionsAsync();

        var response = await client.PostAsync(
            "/Admin/DeadlinePolicy/Edit/d0000000-0000-0000-0000-000000000001",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.SellerResponse"] = "1" }));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await PolicyVersionsAsync());
    }

    private async Task<Guid> AssignedCaseAsync(string moderatorId)
    {
        var filed = await app.Database.FileAsync();
        (await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>().SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods left us in perfect order."))).ThrowIfFailed();
        (await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>().RequestMediationAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id)))).ThrowIfFailed();
        (await app.Database.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(filed.DisputeId, moderatorId))).ThrowIfFailed();
        var dispute = await app.Database.WithDbAsync(d => d.Disputes.AsNoTracking().SingleAsync(x => x.Id == filed.DisputeId));
        Assert.Equal(DisputeStatus.InMediation, dispute.Status);
        return filed.DisputeId;
    }

    [Fact]
    public async Task The_audit_trail_page_verifies_everything_and_lists_a_row_the_owner_changed()
    {
        var filed = await app.Database.FileAsync();
        using var admin = await AdminAsync();
        Assert.NotNull((await admin.GetDocumentAsync("/Admin/AuditTrail")).QuerySelector("header a[href='/Admin/AuditTrail']"));

        var posted = await admin.SubmitAsync("/Admin/AuditTrail", "main form", new Dictionary<string, string>());
        var intact = await posted.ParseAsync();
        Assert.Contains("Nothing was changed", intact.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Read \d+ disputes with \d+ timeline entries", intact.QuerySelector("[role=status]")!.TextContent);

        await app.Database.WithOwnerDbAsync(d => d.Database.ExecuteSqlAsync($"""
            ALTER TABLE dispute_events DISABLE TRIGGER dispute_events_append_only;
            UPDATE dispute_events SET occurred_at = occurred_at - interval '1 day' WHERE dispute_id = {filed.DisputeId} AND sequence = 1;
            ALTER TABLE dispute_events ENABLE TRIGGER dispute_events_append_only;
            """));

        var broken = await (await admin.SubmitAsync("/Admin/AuditTrail", "main form", new Dictionary<string, string>())).ParseAsync();
        var row = Assert.Single(broken.QuerySelectorAll("[role=status] tbody tr"));
        Assert.Contains(filed.DisputeId.ToString(), row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Entry 1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("does not match its hash", row.TextContent, StringComparison.Ordinal);
    }
}
