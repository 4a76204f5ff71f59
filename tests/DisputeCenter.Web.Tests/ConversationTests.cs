using System.Net;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Web.Tests;

public sealed class ConversationTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task The_buyer_writes_with_a_photo_the_seller_reads_it_and_answers_with_a_PDF_and_nobody_else_sees_either()
    {
        var (sellerUser, seller) = await app.Data.SellerAsync("Thread Supplies");
        var buyer = await app.Data.BuyerAsync("Thandi Buyer");
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Kettle", deliveredDaysAgo: 1);
        using var buyerClient = await SignedInAsync(buyer.Email!);

        var sent = await buyerClient.SubmitWithFilesAsync($"/Orders/{order.Id}/Problem", "main form", Fields(
            ("Input.Reason", nameof(DisputeReason.NotAsDescribed)), ("Input.Message", "The kettle leaks at the base, see the photo.")),
            ("leak.png", EvidenceFiles.Png()));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thread = await buyerClient.GetDocumentAsync($"/Orders/{order.Id}/Conversation");
        var photo = thread.QuerySelector(".thread .attachments img")!;
        Assert.Equal("leak.png", photo.GetAttribute("alt"));
        var photoResponse = await buyerClient.GetAsync(photo.GetAttribute("src"));
        Assert.Equal("image/png", photoResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(EvidenceFiles.Png(), await photoResponse.Content.ReadAsByteArrayAsync());

        using var sellerClient = await SignedInAsync(sellerUser.Email!);
        var list = await sellerClient.GetDocumentAsync("/Seller/Conversations");
        var row = Assert.Single(list.QuerySelectorAll("table.data tbody tr"));
        Assert.Contains("Thandi Buyer", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("in 3 days", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        var details = await sellerClient.GetDocumentAsync(link);
        Assert.Contains("Answer by", details.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The kettle leaks", details.QuerySelector(".thread")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await sellerClient.GetAsync(photo.GetAttribute("src"))).StatusCode);

        var answered = await sellerClient.SubmitWithFilesAsync(link, "main form.panel", Fields(("Message", "Sorry! Our returns label is attached.")), ("label.pdf", EvidenceFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var afterAnswer = await sellerClient.GetDocumentAsync(link);
        Assert.Contains("You answered", afterAnswer.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);

        var buyerView = await buyerClient.GetDocumentAsync($"/Orders/{order.Id}/Conversation");
        var pdfLink = buyerView.QuerySelectorAll(".thread .attachments a").Single(a => a.TextContent == "label.pdf").GetAttribute("href")!;
        var pdf = await buyerClient.GetAsync(pdfLink);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);

        var (otherSellerUser, _) = await app.Data.SellerAsync("Other Supplies");
        using var otherSeller = await SignedInAsync(otherSellerUser.Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSeller.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSeller.GetAsync(pdfLink)).StatusCode);
        Assert.Empty((await otherSeller.GetDocumentAsync("/Seller/Conversations")).QuerySelectorAll("table.data tbody tr"));
        var otherBuyer = await app.Data.BuyerAsync();
        using var otherBuyerClient = await SignedInAsync(otherBuyer.Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBuyerClient.GetAsync(photo.GetAttribute("src"))).StatusCode);
    }

    [Fact]
    public async Task A_program_sent_as_an_attachment_is_refused_on_the_form_and_nothing_is_sent()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 1);
        using var client = await SignedInAsync(buyer.Email!);

        var refused = await client.SubmitWithFilesAsync($"/Orders/{order.Id}/Problem", "main form", Fields(
            ("Input.Reason", nameof(DisputeReason.NotAsDescribed)), ("Input.Message", "See the attached file.")),
            ("photo.jpg", EvidenceFiles.WindowsProgram()));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        Assert.Contains("photo.jpg: it is a program", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("See the attached file.", page.QuerySelector("#Input_Message")!.TextContent);
        Assert.Equal(0, await app.Database.WithDbAsync(d => d.SellerConversations.CountAsync(c => c.OrderId == order.Id)));
    }

    [Fact]
    public async Task Nothing_is_chosen_for_the_buyer_and_an_empty_form_is_refused_once_in_the_sites_own_words()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 1);
        using var client = await SignedInAsync(buyer.Email!);

        var form = await client.GetDocumentAsync($"/Orders/{order.Id}/Problem");
        Assert.Empty(form.QuerySelectorAll("input[name='Input.Reason'][checked]"));

        var refused = await client.SubmitAsync($"/Orders/{order.Id}/Problem", "main form", Fields(("Input.Message", "")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ParseAsync();
        var errors = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Choose what went wrong.", "Write to the seller: what is wrong, and what you would like them to do."], errors.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("field is required", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.WithDbAsync(d => d.SellerConversations.CountAsync(c => c.OrderId == order.Id)));
    }

    [Fact]
    public async Task The_sent_banner_ends_a_business_name_with_its_own_full_stop_only()
    {
        var (_, seller) = await app.Data.SellerAsync("Brightway Trading Co., Ltd.");
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 1);
        using var client = await SignedInAsync(buyer.Email!);

        var sent = await client.SubmitAsync($"/Orders/{order.Id}/Problem", "main form", Fields(
            ("Input.Reason", nameof(DisputeReason.NotAsDescribed)), ("Input.Message", "The kettle leaks at the base.")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var banner = (await client.GetDocumentAsync(sent.Headers.Location!.OriginalString)).QuerySelector(".notice")!.TextContent;
        Assert.StartsWith("Your message to Brightway Trading Co., Ltd. was sent.", banner, StringComparison.Ordinal);
        Assert.DoesNotContain("..", banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_message_hint_asks_for_the_photos_the_form_takes()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 1);
        using var client = await SignedInAsync(buyer.Email!);

        var page = await client.GetDocumentAsync($"/Orders/{order.Id}/Problem");

        var hint = page.QuerySelector("#message-hint")!.TextContent;
        Assert.DoesNotContain("photos you can describe", hint, StringComparison.Ordinal);
        Assert.Contains("Add photos of the problem below", hint, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main form input[type=file]"));
    }

    [Fact]
    public async Task An_attached_photo_shows_as_a_link_to_the_full_image_in_a_list_without_bullets()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 1);
        using var client = await SignedInAsync(buyer.Email!);
        await client.SubmitWithFilesAsync($"/Orders/{order.Id}/Problem", "main form", Fields(
            ("Input.Reason", nameof(DisputeReason.NotAsDescribed)), ("Input.Message", "See the photo.")), ("crack.png", EvidenceFiles.Png()));

        var photo = (await client.GetDocumentAsync($"/Orders/{order.Id}/Conversation")).QuerySelector(".thread ul.attachments li > a > img")!;

        Assert.Equal(photo.GetAttribute("src"), photo.ParentElement!.GetAttribute("href"));
        var css = await client.GetStringAsync("/css/site.css");
        Assert.Matches(@"\.attachments \{[^}]*list-style: none", css);
        Assert.Matches(@"\.attachments img[^{]*\{[^}]*max-width: min\(100%, 16rem\)[^}]*max-height: 12rem", css);
    }

    [Fact]
    public async Task The_hint_names_the_failed_talks_button_only_once_the_button_shows()
    {
        var (sellerUser, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 1);
        var conversationId = await app.Database.ContactSellerAsync(buyer.Id, order.Id);
        using var client = await SignedInAsync(buyer.Email!);

        var waiting = await client.GetDocumentAsync($"/Orders/{order.Id}/Conversation");
        Assert.Null(waiting.QuerySelector("form[action*='handler=Failed']"));
        var waitingHint = waiting.QuerySelector(".next-step")!.TextContent;
        Assert.DoesNotContain("talks as failed", waitingHint, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("the talks failed", waitingHint, StringComparison.Ordinal);
        Assert.Contains("a button to say so will then appear below", waitingHint, StringComparison.Ordinal);

        var answered = await app.Database.InScopeAsync(s => s.GetRequiredService<SellerConversationService>()
            .PostAsync(DisputeActor.Seller(sellerUser.Id), conversationId, "We only refund unopened boxes."));
        Assert.True(answered.Succeeded);

        var afterAnswer = await client.GetDocumentAsync($"/Orders/{order.Id}/Conversation");
        var button = afterAnswer.QuerySelector("form[action*='handler=Failed'] button")!.TextContent.Trim();
        Assert.Contains($"press \"{button}\" below", afterAnswer.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);
    }
}
