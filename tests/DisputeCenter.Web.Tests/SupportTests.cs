using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DisputeCenter.Domain.Support;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Support;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Web.Tests;

/// <summary>"Contact support" from a buyer's order page to a moderator's answer in the support queue, and back.</summary>
public sealed class SupportTests(DisputeCenterApp app) : IClassFixture<DisputeCenterApp>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, TestData.Password)).StatusCode);
        return client;
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private Task<int> TicketCountAsync(string customerId) => app.Database.WithDbAsync(d => d.SupportTickets.CountAsync(t => t.CustomerId == customerId));

    [Fact]
    public async Task From_the_order_page_the_buyer_opens_a_ticket_about_that_order_with_a_photo_and_reads_it_back()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var buyer = await app.Data.BuyerAsync();
        var order = await app.Data.OrderAsync(buyer.Id, seller.Id, product: "Desk lamp");
        using var client = await SignedInAsync(buyer.Email!);

        var orderPage = await client.GetDocumentAsync($"/Orders/{order.Id}");
        var link = orderPage.QuerySelectorAll("main a").Single(a => a.TextContent == "Contact support").GetAttribute("href")!;
        Assert.Equal($"/Support?orderId={order.Id}", link);
        var form = await client.GetDocumentAsync(link);
        Assert.True(form.QuerySelector<IHtmlInputElement>("#topic-Order")!.IsChecked);
        Assert.Equal(order.Id.ToString(), form.QuerySelector<IHtmlSelectElement>("#Input_OrderId")!.Value);

        var sent = await client.SubmitWithFilesAsync(link, "main form", Fields(
            ("Input.Topic", nameof(SupportTopic.Order)), ("Input.OrderId", order.Id.ToString()),
            ("Input.Subject", "Charged twice"), ("Input.Message", "My card shows two payments for this lamp; the receipt is attached.")),
            ("card.png", EvidenceFiles.Png()));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var ticketUrl = sent.Headers.Location!.OriginalString;
        Assert.StartsWith("/Support/Tickets/", ticketUrl, StringComparison.Ordinal);
        var ticket = await client.GetDocumentAsync(ticketUrl);
        Assert.Contains("reached our support team", ticket.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Matches("^SUP-[0-9]+$", ticket.QuerySelector("h1 .reference")!.TextContent);
        Assert.Contains("Charged twice", ticket.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(order.Number, ticket.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for support", ticket.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        var photo = ticket.QuerySelector(".thread .attachments img")!;
        Assert.Equal("card.png", photo.GetAttribute("alt"));
        var download = await client.GetAsync(photo.GetAttribute("src"));
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(EvidenceFiles.Png(), await download.Content.ReadAsByteArrayAsync());

        var list = await client.GetDocumentAsync("/Support/Tickets");
        Assert.Contains("Charged twice", Assert.Single(list.QuerySelectorAll("table.data tbody tr")).TextContent, StringComparison.Ordinal);

        var stranger = await app.Data.BuyerAsync();
        using var strangerClient = await SignedInAsync(stranger.Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync(ticketUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync(photo.GetAttribute("src"))).StatusCode);
    }

    [Fact]
    public async Task Another_buyers_order_is_refused_on_the_form_like_a_missing_one_and_no_ticket_is_opened()
    {
        var (_, seller) = await app.Data.SellerAsync();
        var owner = await app.Data.BuyerAsync();
        var foreign = await app.Data.OrderAsync(owner.Id, seller.Id);
        var buyer = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(buyer.Email!);

        var form = await client.GetDocumentAsync($"/Support?orderId={foreign.Id}");
        Assert.Null(form.QuerySelector($"option[value='{foreign.Id}']"));
        Assert.False(form.QuerySelector<IHtmlInputElement>("#topic-Order")!.IsChecked);

        foreach (var orderId in new[] { foreign.Id, Guid.NewGuid() })
        {
            var refused = await (await client.SubmitAsync("/Support", "main form", Fields(
                ("Input.Topic", nameof(SupportTopic.Order)), ("Input.OrderId", orderId.ToString()),
                ("Input.Subject", "Where is it?"), ("Input.Message", "Please check this order.")))).ParseAsync();

            Assert.Equal("Choose one of your own orders.", refused.QuerySelector(".error-summary li")!.TextContent.Trim());
            Assert.Equal("Choose one of your own orders.", refused.QuerySelector("[data-valmsg-for='Input.OrderId']")!.TextContent.Trim());
            Assert.Equal("Please check this order.", refused.QuerySelector("#Input_Message")!.TextContent);
        }

        Assert.Equal(0, await TicketCountAsync(buyer.Id));
    }

    [Fact]
    public async Task An_empty_form_and_a_question_about_an_order_without_the_order_get_clear_messages_and_change_nothing()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(buyer.Email!);

        var empty = await (await client.SubmitAsync("/Support", "main form", Fields(("Input.Subject", ""), ("Input.Message", "")))).ParseAsync();
        Assert.Equal(
            ["Choose what your question is about.", "Give your question a short subject.", "Tell us what happened and how we can help."],
            empty.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).Order(StringComparer.Ordinal));

        var noOrder = await (await client.SubmitAsync("/Support", "main form", Fields(
            ("Input.Topic", nameof(SupportTopic.Order)), ("Input.Subject", "Late"), ("Input.Message", "It is late.")))).ParseAsync();
        Assert.Equal("Choose the order your question is about.", noOrder.QuerySelector(".error-summary li")!.TextContent.Trim());

        var tooLong = await (await client.SubmitAsync("/Support", "main form", Fields(
            ("Input.Topic", nameof(SupportTopic.SomethingElse)), ("Input.Subject", new string('s', SupportTicket.SubjectMaxLength + 1)), ("Input.Message", "Hello")))).ParseAsync();
        Assert.Equal($"Keep the subject to at most {SupportTicket.SubjectMaxLength} characters.", tooLong.QuerySelector("[data-valmsg-for='Input.Subject']")!.TextContent.Trim());

        Assert.Equal(0, await TicketCountAsync(buyer.Id));
    }

    [Fact]
    public async Task The_moderator_takes_the_ticket_from_the_queue_answers_it_by_email_and_in_the_app_the_customers_reply_reopens_it_and_it_closes()
    {
        var buyer = await app.Data.BuyerAsync("Lerato Buyer");
        var moderator = await app.Data.ModeratorAsync();
        using var client = await SignedInAsync(buyer.Email!);
        var opened = await client.SubmitAsync("/Support", "main form", Fields(
            ("Input.Topic", nameof(SupportTopic.AccountAndSignIn)), ("Input.Subject", "Lost my phone"), ("Input.Message", "My authenticator app was on my old phone.")));
        var ticketUrl = opened.Headers.Location!.OriginalString;
        var id = Guid.Parse(ticketUrl["/Support/Tickets/".Length..]);

        using var staff = await SignedInAsync(moderator.Email!);
        var queue = await staff.GetDocumentAsync("/Moderation/Support?topic=AccountAndSignIn");
        var row = queue.QuerySelectorAll("table.data tbody tr").Single(r => r.TextContent.Contains("Lost my phone", StringComparison.Ordinal));
        Assert.Contains("Lerato Buyer", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unassigned", row.TextContent, StringComparison.Ordinal);
        var staffUrl = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/Moderation/Support/{id}", staffUrl);
        Assert.DoesNotContain(
            (await staff.GetDocumentAsync("/Moderation/Support?topic=ReportAUser")).QuerySelectorAll("table.data tbody tr"),
            r => r.TextContent.Contains("Lost my phone", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(staffUrl, "main form[action*='handler=Take']", Fields())).StatusCode);
        var mine = await staff.GetDocumentAsync("/Moderation/Support?mine=true");
        Assert.Contains("Lost my phone", mine.QuerySelector("table.data tbody")!.TextContent, StringComparison.Ordinal);

        var empty = await (await staff.SubmitAsync(staffUrl, "main form.panel", Fields(("Message", " ")))).ParseAsync();
        Assert.Equal("Write a message first.", empty.QuerySelector("[data-valmsg-for='Message']")!.TextContent.Trim());
        var answered = await staff.SubmitWithFilesAsync(staffUrl, "main form.panel", Fields(("Message", "I reset your second factor: sign in with your password and set it up again.")), ("steps.pdf", EvidenceFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var customerView = await client.GetDocumentAsync(ticketUrl);
        Assert.Contains("I reset your second factor", customerView.QuerySelector(".thread")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("DisputeCenter support", customerView.QuerySelector(".thread")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Answered: waiting for you", customerView.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        var pdf = customerView.QuerySelectorAll(".thread .attachments a").Single(a => a.TextContent == "steps.pdf").GetAttribute("href")!;
        Assert.Equal("application/pdf", (await client.GetAsync(pdf)).Content.Headers.ContentType!.MediaType);
        var notifications = await client.GetDocumentAsync("/Notifications");
        var notice = notifications.QuerySelectorAll(".notifications li")[0];
        Assert.Equal(ticketUrl, notice.QuerySelector("h2 a")!.GetAttribute("href"));
        var email = await app.Database.WithDbAsync(d => d.OutboxEmails.SingleAsync(e => e.ToAddress == buyer.Email && e.Subject.StartsWith("Support answered")));
        Assert.Contains("I reset your second factor", email.TextBody, StringComparison.Ordinal);
        Assert.Contains(ticketUrl, email.TextBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(staffUrl, "main form.actions-row", Fields())).StatusCode);
        var closed = await client.GetDocumentAsync(ticketUrl);
        Assert.Contains("Closed", closed.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("it opens again", closed.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(ticketUrl, "main form.panel", Fields(("Message", "It still asks for the old code.")))).StatusCode);
        var reopened = await client.GetDocumentAsync(ticketUrl);
        Assert.Contains("Waiting for support", reopened.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lost my phone", (await staff.GetDocumentAsync("/Moderation/Support")).QuerySelector("table.data tbody")!.TextContent, StringComparison.Ordinal);
        var told = await app.Database.WithDbAsync(d => d.Notifications.SingleAsync(n => n.SupportTicketId == id && n.RecipientId == moderator.Id));
        Assert.Contains("It still asks for the old code.", told.Body, StringComparison.Ordinal);
        Assert.Contains(staffUrl, (await staff.GetDocumentAsync("/Notifications")).QuerySelector(".notifications")!.InnerHtml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(ticketUrl, "main form.actions-row", Fields())).StatusCode);
        var done = await app.Database.WithDbAsync(d => d.SupportTickets.SingleAsync(t => t.Id == id));
        Assert.Equal(SupportTicketStatus.Closed, done.Status);
        Assert.Null((await client.GetDocumentAsync(ticketUrl)).QuerySelector("main form.actions-row"));
    }

    [Fact]
    public async Task Support_is_linked_from_the_footer_and_the_help_centre_and_the_queue_from_the_moderators_navigation()
    {
        using var anonymous = app.Browser();
        var help = await anonymous.GetDocumentAsync("/Help");
        Assert.Contains(help.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/Support");
        Assert.Contains(help.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/Support");
        var redirected = await anonymous.GetAsync("/Support");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/Identity/Account/Login", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var staff = await SignedInAsync((await app.Data.ModeratorAsync()).Email!);
        var nav = (await staff.GetDocumentAsync("/Moderation")).QuerySelector("header nav")!;
        Assert.Contains(nav.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/Moderation/Support");
    }

    [Fact]
    public async Task In_Afrikaans_the_contact_form_its_refusals_and_the_support_queue_speak_Afrikaans()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(buyer.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Support", "form.preferences", Fields(("culture", "af-ZA")))).StatusCode);

        var form = await client.GetDocumentAsync("/Support");
        Assert.Equal("Kontak ondersteuning", form.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Betalings en terugbetalings", form.QuerySelector("main fieldset")!.TextContent, StringComparison.Ordinal);
        var refused = await (await client.SubmitAsync("/Support", "main form", Fields(
            ("Input.Topic", nameof(SupportTopic.Dispute)), ("Input.Subject", "Vraag"), ("Input.Message", "Wanneer word my dispuut beslis?")))).ParseAsync();
        Assert.Equal("Kies die dispuut waaroor jou vraag gaan.", refused.QuerySelector(".error-summary li")!.TextContent.Trim());

        using var staff = await SignedInAsync((await app.Data.ModeratorAsync()).Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/Moderation/Support", "form.preferences", Fields(("culture", "af-ZA")))).StatusCode);
        var queue = await staff.GetDocumentAsync("/Moderation/Support");
        Assert.Equal("Ondersteuningsry", queue.QuerySelector("main h1")!.TextContent);
        Assert.Contains(queue.QuerySelectorAll("header nav a"), a => a.TextContent == "Ondersteuningsry");
    }

    [Fact]
    public async Task A_reply_too_long_a_foreign_ticket_and_an_answer_to_a_ticket_another_moderator_holds_are_refused_and_change_nothing()
    {
        var buyer = await app.Data.BuyerAsync();
        using var client = await SignedInAsync(buyer.Email!);
        var opened = await client.SubmitAsync("/Support", "main form", Fields(
            ("Input.Topic", nameof(SupportTopic.SomethingElse)), ("Input.Subject", "Invoices"), ("Input.Message", "Can I get a VAT invoice?")));
        var ticketUrl = opened.Headers.Location!.OriginalString;
        var id = Guid.Parse(ticketUrl["/Support/Tickets/".Length..]);

        var tooLong = await (await client.SubmitAsync(ticketUrl, "main form.panel", Fields(("Message", new string('x', SupportMessage.BodyMaxLength + 1))))).ParseAsync();
        Assert.Equal($"A message can be at most {SupportMessage.BodyMaxLength} characters (it has {SupportMessage.BodyMaxLength + 1}).", tooLong.QuerySelector(".error-summary li")!.TextContent.Trim());

        var stranger = await app.Data.BuyerAsync();
        using var strangerClient = await SignedInAsync(stranger.Email!);
        var token = (await client.GetDocumentAsync(ticketUrl)).QuerySelector<IHtmlInputElement>("main form.panel input[name=__RequestVerificationToken]")!.Value;
        using var foreign = await strangerClient.PostAsync($"{ticketUrl}?handler=Reply", new FormUrlEncodedContent(Fields(("Message", "Let me in"), ("__RequestVerificationToken", token))));
        Assert.NotEqual(HttpStatusCode.Redirect, foreign.StatusCode);

        var holder = await app.Data.ModeratorAsync("Holder Moderator");
        var other = await app.Data.ModeratorAsync("Other Moderator");
        using var holderClient = await SignedInAsync(holder.Email!);
        using var otherClient = await SignedInAsync(other.Email!);
        var staffUrl = $"/Moderation/Support/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await holderClient.SubmitAsync(staffUrl, "main form[action*='handler=Take']", Fields())).StatusCode);
        var otherView = await otherClient.GetDocumentAsync(staffUrl);
        Assert.Contains("Holder Moderator holds this ticket.", otherView.QuerySelector(".next-step")!.TextContent, StringComparison.Ordinal);
        Assert.Null(otherView.QuerySelector("main form.panel"));
        var otherToken = otherView.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var refused = await (await otherClient.PostAsync($"{staffUrl}?handler=Reply", new FormUrlEncodedContent(Fields(("Message", "Me too"), ("__RequestVerificationToken", otherToken))))).ParseAsync();
        Assert.Equal("Another moderator has taken this ticket.", refused.QuerySelector(".error-summary li")!.TextContent.Trim());

        var ticket = await app.Database.WithDbAsync(d => d.SupportTickets.Include(t => t.Messages).SingleAsync(t => t.Id == id));
        Assert.Equal((SupportTicketStatus.Open, 1, holder.Id), (ticket.Status, ticket.Messages.Count, ticket.AssignedModeratorId));
    }
}
