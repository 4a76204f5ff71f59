using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class BuyerJourneyTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    /// <summary>Posts the wizard's form as it stands on <paramref name="page"/>, pressing the button with go=<paramref name="go"/>.</summary>
    private static async Task<AngleSharp.Dom.IDocument> WizardAsync(HttpClient client, AngleSharp.Dom.IDocument page, string? go, IReadOnlyDictionary<string, string>? values = null, string? handler = null)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form.panel")!;
        var fields = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type is not ("radio" or "checkbox") || i.IsChecked))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var area in form.Elements.OfType<AngleSharp.Html.Dom.IHtmlTextAreaElement>())
        {
            fields[area.Name!] = area.Value;
        }

        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        if (go is not null)
        {
            fields["go"] = go;
        }

        var action = form.GetAttribute("action")!;
        var url = action + (handler is null ? "" : (action.Contains('?') ? "&" : "?") + "handler=" + handler);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        return response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetDocumentAsync(response.Headers.Location!.OriginalString)
            : await response.ParseAsync();
    }

    [Fact]
    public async Task A_buyer_contacts_the_seller_waits_out_the_contact_period_and_files_through_the_steps()
    {
        var (_, seller) = await app.Data.SellerAsync("Journey Supplies");
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Desk lamp", unitPrice: 40m, quantity: 1, deliveredDaysAgo: 2);
        using var client = await SignedInAsync(buyer.Email!);

        var sent = await client.SubmitAsync($"/Orders/{order.Id}/Problem", "main form", Fields(
            ("Input.Reason", nameof(DisputeReason.NotAsDescribed)), ("Input.Message", "The lamp flickers and the switch is loose.")));
        Assert.Equal($"/Orders/{order.Id}/Conversation", sent.Headers.Location!.OriginalString);
        var conversation = await client.GetDocumentAsync($"/Orders/{order.Id}/Conversation");
        Assert.Contains("in 3 days", conversation.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);

        var tooEarly = await client.GetDocumentAsync($"/Disputes/New?orderId={order.Id}");
        Assert.Contains("Contact the seller first", tooEarly.QuerySelector(".notice-warn")!.TextContent, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        await client.SignInAsync(buyer.Email!, TestData.Password); // three days later the session has ended
        var step1 = await client.GetDocumentAsync($"/Disputes/New?orderId={order.Id}");
        Assert.Null(step1.QuerySelector(".notice-warn"));
        var step2 = await WizardAsync(client, step1, "details", Fields(("Input.Reason", nameof(DisputeReason.NotAsDescribed))));
        var refused = await WizardAsync(client, step2, "evidence", Fields(("Input.Description", ""), ("Input.AmountClaimed", "40"), ("Input.Remedy", "FullRefund")));
        Assert.Contains("Describe what happened", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("40", refused.QuerySelector("#Input_AmountClaimed")!.GetAttribute("value")!.Split('.')[0]);

        var step3 = await WizardAsync(client, refused, "evidence", Fields(("Input.Description", "Broken lamp.")));
        Assert.Contains("Photo", step3.QuerySelector(".checklist")!.TextContent, StringComparison.Ordinal);
        var tooShort = await WizardAsync(client, await WizardAsync(client, step3, "review"), null, handler: "Submit");
        Assert.Contains("needs at least 30 characters", tooShort.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.WithDbAsync(d => d.Disputes.CountAsync(x => x.OrderId == order.Id)));

        var back = await WizardAsync(client, await WizardAsync(client, tooShort, "evidence"), "details");
        Assert.Contains("Broken lamp.", back.QuerySelector("#Input_Description")!.TextContent, StringComparison.Ordinal);
        var fixedDetails = await WizardAsync(client, back, "evidence", Fields(("Input.Description", "The lamp flickers constantly and the switch came loose on the first day.")));
        var review = await WizardAsync(client, fixedDetails, "review");
        Assert.Contains("USD 40", review.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);

        var filed = await WizardAsync(client, review, null, handler: "Submit");
        var again = await WizardAsync(client, review, null, handler: "Submit");

        Assert.Equal("Evidence", filed.QuerySelector("h1")!.TextContent);
        Assert.Equal("Evidence", again.QuerySelector("h1")!.TextContent);
        var disputes = await app.Database.WithDbAsync(d => d.Disputes.AsNoTracking().Where(x => x.OrderId == order.Id).ToListAsync());
        var dispute = Assert.Single(disputes);
        Assert.Equal((40m, Remedy.FullRefund), (dispute.AmountClaimed.Amount, dispute.RequestedRemedy));

        var list = await client.GetDocumentAsync("/Disputes");
        var row = Assert.Single(list.QuerySelectorAll("table.data tbody tr"));
        Assert.Contains("Seller's move", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("in 5 days", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_from_the_domain_reads_in_Afrikaans_on_an_Afrikaans_page_with_its_amounts_formatted()
    {
        var (_, seller) = await app.Data.SellerAsync("Taal Lampe");
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Leeslamp", unitPrice: 1234.5m, quantity: 1, deliveredDaysAgo: 2);
        using var client = await SignedInAsync(buyer.Email!);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("af-ZA");
        await client.SubmitAsync($"/Orders/{order.Id}/Problem", "main form", Fields(
            ("Input.Reason", nameof(DisputeReason.NotAsDescribed)), ("Input.Message", "Die lamp flikker.")));
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        await client.SignInAsync(buyer.Email!, TestData.Password);

        var step1 = await client.GetDocumentAsync($"/Disputes/New?orderId={order.Id}");
        var step2 = await WizardAsync(client, step1, "details", Fields(("Input.Reason", nameof(DisputeReason.NotAsDescribed))));
        var details = Fields(
            ("Input.Description", "Die lamp flikker heeltyd en die skakelaar het die eerste dag losgekom."),
            ("Input.AmountClaimed", "1300"),
            ("Input.Remedy", nameof(Remedy.PartialRefund)));
        var review = await WizardAsync(client, await WizardAsync(client, step2, "evidence", details), "review");
        var refused = await WizardAsync(client, review, null, handler: "Submit");

        var error = refused.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Jy kan hoogstens USD 1\u00a0234,50 eis (wat jy betaal het, min enige terugbetalings tot dusver), nie USD 1\u00a0300,00 nie.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("You can claim", error, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.WithDbAsync(d => d.Disputes.CountAsync(x => x.OrderId == order.Id)));

        var empty = await WizardAsync(client, step2, "evidence", Fields(("Input.Description", ""), ("Input.AmountClaimed", "10"), ("Input.Remedy", nameof(Remedy.PartialRefund))));
        Assert.Contains("Beskryf wat gebeur het.", empty.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_dispute_form_again_continues_the_open_draft_with_its_files()
    {
        var (_, seller) = await app.Data.SellerAsync("Draft Lamps");
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        await app.Database.ContactSellerAsync(buyer.Id, order.Id);
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var draftId = Guid.CreateVersion7();
        var staged = await app.Database.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().StageAsync(
            buyer.Id, order.Id, draftId, [new IncomingFile("flicker.png", EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()))]));
        Assert.True(staged.Succeeded);
        using var client = await SignedInAsync(buyer.Email!);

        var form = await client.GetDocumentAsync($"/Disputes/New?orderId={order.Id}");

        Assert.Equal(draftId.ToString(), form.QuerySelector<IHtmlInputElement>("input[name='Input.DisputeId']")!.Value);
    }

    [Fact]
    public async Task What_happens_next_on_the_dispute_page_reads_in_Afrikaans()
    {
        var filed = await app.Database.FileAsync();
        using var client = await SignedInAsync(filed.Buyer.Email!);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("af-ZA");

        var next = (await client.GetDocumentAsync($"/Disputes/{filed.DisputeId}")).QuerySelector(".next-step")!.TextContent;

        Assert.Contains("Beantwoord die dispuut: aanvaar die eis", next, StringComparison.Ordinal);
        Assert.Contains("Die saak gaan na 'n moderator en jy word as onresponsief gemerk.", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dispute_page_offers_only_what_the_dispute_allows_and_says_what_happened()
    {
        var filed = await app.Database.FileAsync(unitPrice: 50m, quantity: 2);
        using var client = await SignedInAsync(filed.Buyer.Email!);

        var page = await client.GetDocumentAsync($"/Disputes/{filed.DisputeId}");
        Assert.NotNull(page.QuerySelector("form[action*='handler=Withdraw']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Accept']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Appeal']"));
        Assert.Contains("Seller", page.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);

        await app.Database.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .CounterAsync(filed.DisputeId, DisputeActor.Seller(filed.SellerUser.Id), Remedy.PartialRefund, 35m, "Keep it, 35 back"));
        var withOffer = await client.GetDocumentAsync($"/Disputes/{filed.DisputeId}");
        Assert.Contains("USD 35.00", withOffer.QuerySelector("form[action*='handler=Accept']")!.TextContent, StringComparison.Ordinal);

        var accepted = await client.SubmitAsync($"/Disputes/{filed.DisputeId}", "form[action*='handler=Accept']", new Dictionary<string, string>());
        var settled = await client.GetDocumentAsync(accepted.Headers.Location!.OriginalString);

        Assert.Contains("settled", settled.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Settled", settled.QuerySelector("h1 .status")!.TextContent);
        Assert.Null(settled.QuerySelector("form[action*='handler=Withdraw']"));
    }

    [Fact]
    public async Task A_refused_action_is_explained_on_the_page_and_changes_nothing()
    {
        var filed = await app.Database.FileAsync();
        using var client = await SignedInAsync(filed.Buyer.Email!);

        var response = await client.SubmitAsync($"/Disputes/{filed.DisputeId}", "form[action*='handler=Withdraw']", Fields(("reason", "")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ParseAsync()).QuerySelector(".error-summary"));
        var status = await app.Database.WithDbAsync(d => d.Disputes.Where(x => x.Id == filed.DisputeId).Select(x => x.Status).SingleAsync());
        Assert.Equal(DisputeStatus.AwaitingSeller, status);
    }

    [Fact]
    public async Task Another_buyers_dispute_is_a_404()
    {
        var filed = await app.Database.FileAsync();
        var stranger = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(stranger.Email!);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Disputes/{filed.DisputeId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Orders/{filed.Order.Id}/Conversation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Disputes/New?orderId={filed.Order.Id}")).StatusCode);
    }
}
