using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class ModerationCaseTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private const string Rationale = "The buyer's photo shows the crack the seller does not explain.";

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private async Task<(FiledDispute Filed, HttpClient Moderator, string ModeratorId, Guid Photo)> TakenCaseAsync()
    {
        var filed = await app.Database.FileAsync();
        var photo = await app.Database.SubmitEvidenceAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id), "crack.png", EvidenceFiles.Png());
        var moderator = await app.Data.ModeratorAsync();
        await app.Database.EscalateAndTakeAsync(filed, moderator.Id);
        return (filed, await SignedInAsync(moderator.Email!), moderator.Id, photo);
    }

    private static Dictionary<string, string> Decision(string citation) => new()
    {
        ["Decide.Outcome"] = nameof(Outcome.PartialRefund),
        ["Decide.Amount"] = "30",
        ["Decide.ReasonCode"] = "defect-proven",
        ["Decide.Rationale"] = Rationale,
        ["Decide.Citations"] = citation,
    };

    private static string Url(FiledDispute filed) => $"/Moderation/Cases/{filed.DisputeId}";

    private Task<Dispute> LoadAsync(Guid id) =>
        app.Database.WithDbAsync(d => d.Disputes.Include(x => x.Decisions).Include(x => x.InformationRequests).AsNoTracking().SingleAsync(x => x.Id == id));

    [Fact]
    public async Task The_case_page_shows_both_sides_the_order_facts_and_a_verified_chain()
    {
        var (filed, moderator, _, _) = await TakenCaseAsync();

        var page = await moderator.GetDocumentAsync(Url(filed));

        var buyerSide = page.QuerySelector("section[aria-labelledby='buyer-side-title']")!.TextContent;
        var sellerSide = page.QuerySelector("section[aria-labelledby='seller-side-title']")!.TextContent;
        Assert.Contains(DisputeFlow.Description, buyerSide, StringComparison.Ordinal);
        Assert.Contains("crack.png", buyerSide, StringComparison.Ordinal);
        Assert.Contains("Not opened by you yet.", buyerSide, StringComparison.Ordinal);
        Assert.Contains("perfect order", sellerSide, StringComparison.Ordinal);
        var order = page.QuerySelector("section[aria-labelledby='order-title']")!.TextContent;
        Assert.Contains(filed.Order.Number, order, StringComparison.Ordinal);
        Assert.Contains("Headphones", order, StringComparison.Ordinal);
        Assert.Contains("Chain verified", page.QuerySelector("section[aria-labelledby='chain-title']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hello, the headphones arrived broken", page.QuerySelector("section[aria-labelledby='thread-title']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action*='handler=Release']"));
    }

    [Theory]
    [InlineData("30.50")]
    [InlineData("30,50")]
    public async Task A_moderator_reading_in_Afrikaans_decides_an_amount_with_cents_as_sent_or_as_typed(string amount)
    {
        var (filed, moderator, _, photo) = await TakenCaseAsync();
        await moderator.GetAsync($"/Evidence/{photo}");
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync(Url(filed), "form.preferences", new Dictionary<string, string> { ["culture"] = "af-ZA" })).StatusCode);
        var values = Decision($"evidence:{photo}");
        values["Decide.Amount"] = amount;

        var decided = await moderator.SubmitAsync(Url(filed), "form[action*='handler=Decide']", values);

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(30.50m, (await LoadAsync(filed.DisputeId)).CurrentDecision!.Amount!.Value.Amount);
    }

    [Fact]
    public async Task Deciding_without_a_citation_is_refused_on_the_form()
    {
        var (filed, moderator, _, photo) = await TakenCaseAsync();
        await moderator.GetAsync($"/Evidence/{photo}");

        var values = Decision("claim");
        values.Remove("Decide.Citations");
        var response = await moderator.SubmitAsync(Url(filed), "form[action*='handler=Decide']", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Cite at least one", page.QuerySelector("#Decide_Citations-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Rationale, page.QuerySelector("#Decide_Rationale")!.TextContent);
        Assert.Empty((await LoadAsync(filed.DisputeId)).Decisions);
    }

    [Fact]
    public async Task Deciding_with_unopened_evidence_is_refused_and_succeeds_after_opening_it()
    {
        var (filed, moderator, _, photo) = await TakenCaseAsync();

        var refused = await moderator.SubmitAsync(Url(filed), "form[action*='handler=Decide']", Decision($"evidence:{photo}"));
        var refusedPage = await refused.ParseAsync();
        Assert.Contains("crack.png", refusedPage.QuerySelector("#unopened")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Open every item", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(filed.DisputeId)).Decisions);

        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync($"/Evidence/{photo}")).StatusCode);
        var decided = await moderator.SubmitAsync(Url(filed), "form[action*='handler=Decide']", Decision($"evidence:{photo}"));

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var dispute = await LoadAsync(filed.DisputeId);
        Assert.Equal(DisputeStatus.Decided, dispute.Status);
        Assert.Equal(Citation.Evidence(photo), Assert.Single(dispute.CurrentDecision!.Citations));
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var buyerPage = await buyer.GetDocumentAsync($"/Disputes/{filed.DisputeId}");
        Assert.NotNull(buyerPage.QuerySelector($"section[aria-labelledby='decision-title'] a[href='/Evidence/{photo}']"));
        using var seller = await SignedInAsync(filed.SellerUser.Email!);
        var sellerPage = await seller.GetDocumentAsync($"/Seller/Claims/{filed.DisputeId}");
        Assert.Contains(Rationale, sellerPage.QuerySelector("section[aria-labelledby='decision-title']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_decision_is_refused_with_the_changes_shown_and_the_input_kept()
    {
        var (filed, moderator, _, photo) = await TakenCaseAsync();
        await moderator.GetAsync($"/Evidence/{photo}");
        var page = await moderator.GetDocumentAsync(Url(filed));
        var seen = page.QuerySelector("input[name='Decide.SeenVersion']")!.GetAttribute("value")!;
        await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .PostMessageAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), "A late word from the seller: we offer a replacement."));

        var values = Decision("claim");
        values["Decide.SeenVersion"] = seen;
        var stale = await moderator.SubmitAsync(Url(filed), "form[action*='handler=Decide']", values);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var stalePage = await stale.ParseAsync();
        Assert.Contains("A late word from the seller", stalePage.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Rationale, stalePage.QuerySelector("#Decide_Rationale")!.TextContent);
        Assert.Equal("30", stalePage.QuerySelector<IHtmlInputElement>("#Decide_Amount")!.Value);
        Assert.NotEqual(seen, stalePage.QuerySelector("input[name='Decide.SeenVersion']")!.GetAttribute("value"));
        Assert.Empty((await LoadAsync(filed.DisputeId)).Decisions);
    }

    [Fact]
    public async Task Requested_information_reaches_the_buyers_page_with_an_answer_form_and_a_notification()
    {
        var (filed, moderator, _, _) = await TakenCaseAsync();

        var sent = await moderator.SubmitAsync(Url(filed), "form[action*='handler=Request']", new Dictionary<string, string>
        {
            ["Ask.From"] = nameof(Party.Buyer),
            ["Ask.What"] = "A photo of the serial number label, please.",
            ["Ask.Hours"] = "48",
            ["Ask.IfMissed"] = nameof(MissedRequestConsequence.CloseInFavourOfOtherParty),
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var request = Assert.Single((await LoadAsync(filed.DisputeId)).InformationRequests);
        Assert.Equal(app.Clock.GetUtcNow().AddHours(48), request.DueAt);
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        var page = await buyer.GetDocumentAsync($"/Disputes/{filed.DisputeId}");
        var form = page.QuerySelector("form[action*='handler=Answer']")!;
        Assert.Contains("serial number label", form.TextContent, StringComparison.Ordinal);
        Assert.Contains("closed without a refund", form.TextContent, StringComparison.Ordinal);
        var notified = await app.Database.WithDbAsync(d => d.Notifications.AsNoTracking().Where(n => n.RecipientId == filed.Buyer.Id).Select(n => n.Kind).ToListAsync());
        Assert.Contains(Domain.Notifications.NotificationKind.InformationRequested, notified);
        Assert.True(await app.Database.WithDbAsync(d => d.OutboxEmails.AnyAsync(e => e.Subject.Contains("needs information"))));
    }

    [Fact]
    public async Task The_case_page_and_reason_codes_refuse_other_roles()
    {
        var filed = await app.Database.FileAsync();
        using var buyer = await SignedInAsync(filed.Buyer.Email!);
        using var seller = await SignedInAsync(filed.SellerUser.Email!);
        var moderator = await app.Data.ModeratorAsync();
        using var moderatorClient = await SignedInAsync(moderator.Email!);

        foreach (var client in new[] { buyer, seller })
        {
            var denied = await client.GetAsync(Url(filed));
            Assert.Contains("/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        foreach (var client in new[] { buyer, seller, moderatorClient })
        {
            var denied = await client.GetAsync("/Admin/ReasonCodes");
            Assert.Contains("/Identity/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await moderatorClient.GetAsync($"/Moderation/Cases/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_adds_and_deactivates_a_reason_code_and_moderators_are_offered_only_active_ones()
    {
        var admin = await app.Data.UserAsync(Services.Accounts.Roles.Administrator, "Test Admin");
        using var client = await SignedInAsync(admin.Email!);

        var added = await client.SubmitAsync("/Admin/ReasonCodes", "form[action*='handler=Add']", new Dictionary<string, string>
        {
            ["NewCode"] = "box-crushed",
            ["NewLabel"] = "Crushed in transit",
        });
        var refused = await client.SubmitAsync("/Admin/ReasonCodes", "form[action*='handler=Add']", new Dictionary<string, string>
        {
            ["NewCode"] = "Bad Code",
            ["NewLabel"] = "Whatever it is",
        });
        var deactivated = await client.SubmitAsync("/Admin/ReasonCodes", "form[action*='handler=Deactivate']", new Dictionary<string, string> { ["code"] = "box-crushed" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("lower-case letters", (await refused.ParseAsync()).QuerySelector("#NewCode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var code = await app.Database.WithDbAsync(d => d.ReasonCodes.AsNoTracking().SingleAsync(c => c.Code == "box-crushed"));
        Assert.Equal((false, admin.Email), (code.IsActive, code.ChangedBy));

        var (filed, moderator, _, _) = await TakenCaseAsync();
        var options = (await moderator.GetDocumentAsync(Url(filed))).QuerySelectorAll("#Decide_ReasonCode option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("defect-proven", options);
        Assert.DoesNotContain("box-crushed", options);
        Assert.DoesNotContain(Dispute.MissedRequestReasonCode, options);
    }
}
