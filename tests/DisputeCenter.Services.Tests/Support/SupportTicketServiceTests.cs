using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Notifications;
using DisputeCenter.Domain.Support;
using DisputeCenter.Domain.Support.Rules;
using DisputeCenter.Services.Accounts.PersonalData;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Support;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Support;

public sealed class SupportTicketServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static IncomingFile Photo(string name = "screen.png") => new(name, EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()));

    private static IncomingFile Program() => new("setup.exe", EvidenceKind.Photo, null, () => new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));

    private Task<T> Tickets<T>(Func<SupportTicketService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<SupportTicketService>()));

    private Task<T> Lists<T>(Func<SupportQueueService, Task<T>> act) => db.InScopeAsync(s => act(s.GetRequiredService<SupportQueueService>()));

    private static OpenTicketCommand Question(SupportTopic topic = SupportTopic.PaymentsAndRefunds, Guid? orderId = null, Guid? disputeId = null, string subject = "Refund not received") => new()
    {
        Topic = topic,
        OrderId = orderId,
        DisputeId = disputeId,
        Subject = subject,
        Message = "The seller says the refund left a week ago; my bank shows nothing.",
    };

    /// <summary>The attachment's bytes as the user may read them (read inside the scope whose connection streams them), or null.</summary>
    private Task<byte[]?> ReadAttachmentAsync(string userId, bool isStaff, Guid attachmentId) =>
        Tickets(async t =>
        {
            if (await t.OpenAttachmentAsync(userId, isStaff, attachmentId) is not { } found)
            {
                return null;
            }

            await using var content = found.Content;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return (byte[]?)copy.ToArray();
        });

    private Task<int> TicketCountAsync(string customerId) => db.WithDbAsync(d => d.SupportTickets.CountAsync(t => t.CustomerId == customerId));

    [Fact]
    public async Task A_buyer_opens_a_ticket_about_their_order_with_a_photo_and_gets_a_SUP_reference()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id);

        var opened = await Tickets(t => t.OpenAsync(buyer.Id, Question(SupportTopic.Order, order.Id), [Photo()]));

        Assert.True(opened.Succeeded, string.Join(" ", opened.Errors));
        var view = (await Tickets(t => t.ForCustomerAsync(buyer.Id, opened.Value)))!;
        Assert.Matches("^SUP-1[0-9]{5}$", view.Ticket.Reference);
        Assert.True(view.Ticket.Number >= 100001);
        Assert.Equal((SupportTicketStatus.Open, order.Number), (view.Ticket.Status, view.OrderNumber));
        var attachment = Assert.Single(Assert.Single(view.Ticket.Messages).Attachments);
        Assert.Equal(EvidenceFiles.Png(), await ReadAttachmentAsync(buyer.Id, isStaff: false, attachment.Id));
        Assert.Equal(EvidenceFiles.Png(), await ReadAttachmentAsync("any-moderator", isStaff: true, attachment.Id));
        var stranger = await db.Data.BuyerAsync();
        Assert.Null(await ReadAttachmentAsync(stranger.Id, isStaff: false, attachment.Id));
        Assert.Null(await Tickets(t => t.ForCustomerAsync(stranger.Id, opened.Value)));
    }

    [Fact]
    public async Task Someone_elses_order_or_dispute_is_refused_exactly_like_a_missing_one_and_nothing_is_saved()
    {
        var filed = await db.FileAsync();
        var other = await db.Data.BuyerAsync();

        var foreignOrder = await Tickets(t => t.OpenAsync(other.Id, Question(SupportTopic.Order, filed.Order.Id), []));
        var missingOrder = await Tickets(t => t.OpenAsync(other.Id, Question(SupportTopic.Order, Guid.NewGuid()), []));
        var foreignDispute = await Tickets(t => t.OpenAsync(other.Id, Question(SupportTopic.Dispute, disputeId: filed.DisputeId), []));
        var missingDispute = await Tickets(t => t.OpenAsync(other.Id, Question(SupportTopic.Dispute, disputeId: Guid.NewGuid()), []));

        Assert.Equal(["Choose one of your own orders."], foreignOrder.Errors);
        Assert.Equal(foreignOrder.Errors, missingOrder.Errors);
        Assert.Equal(["Choose one of your own disputes."], foreignDispute.Errors);
        Assert.Equal(foreignDispute.Errors, missingDispute.Errors);
        Assert.Equal(0, await TicketCountAsync(other.Id));

        // Each side of the dispute may ask about it: the buyer, and the seller's account.
        Assert.True((await Tickets(t => t.OpenAsync(filed.SellerUser.Id, Question(SupportTopic.Dispute, filed.Order.Id, filed.DisputeId), []))).Succeeded);
        Assert.True((await Tickets(t => t.OpenAsync(filed.Buyer.Id, Question(SupportTopic.Dispute, disputeId: filed.DisputeId), []))).Succeeded);
    }

    [Fact]
    public async Task A_topic_that_needs_an_order_without_one_and_a_program_as_attachment_are_refused_and_nothing_is_saved()
    {
        var buyer = await db.Data.BuyerAsync();

        var noOrder = await Tickets(t => t.OpenAsync(buyer.Id, Question(SupportTopic.Order), []));
        var program = await Tickets(t => t.OpenAsync(buyer.Id, Question(), [Program()]));

        Assert.IsType<TopicMustNameWhatItIsAboutRule>(noOrder.BrokenRule);
        Assert.Equal(ResultStatus.Invalid, program.Status);
        Assert.Contains("setup.exe", program.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(0, await TicketCountAsync(buyer.Id));
    }

    [Fact]
    public async Task The_staff_answer_reaches_the_customer_in_the_app_and_through_the_email_outbox_and_waits_for_them()
    {
        var buyer = await db.Data.BuyerAsync("Nandi Buyer");
        var moderator = await db.Data.ModeratorAsync();
        var id = (await Tickets(t => t.OpenAsync(buyer.Id, Question(), []))).Value;

        var answered = await Tickets(t => t.ReplyAsStaffAsync(moderator.Id, id, "The refund was sent on Monday, reference RF-778.", [Photo("receipt.png")]));

        Assert.True(answered.Succeeded, string.Join(" ", answered.Errors));
        var view = (await Tickets(t => t.ForStaffAsync(id)))!;
        Assert.Equal((SupportTicketStatus.WaitingForCustomer, moderator.Id), (view.Ticket.Status, view.Ticket.AssignedModeratorId));
        var notification = await db.WithDbAsync(d => d.Notifications.SingleAsync(n => n.SupportTicketId == id));
        Assert.Equal((buyer.Id, NotificationKind.SupportAnswered, (Guid?)null), (notification.RecipientId, notification.Kind, notification.DisputeId));
        Assert.Equal($"Support answered your ticket {view.Ticket.Reference}", notification.Title);
        Assert.Contains("reference RF-778", notification.Body, StringComparison.Ordinal);
        var email = await db.WithDbAsync(d => d.OutboxEmails.SingleAsync(e => e.NotificationId == notification.Id));
        Assert.Equal((buyer.Email, OutboxEmailStatus.Queued), (email.ToAddress, email.Status));
        Assert.Contains("reference RF-778", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Support/Tickets/{id}", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("support ticket", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_customers_reply_notifies_the_moderator_holding_the_ticket_and_nobody_when_nobody_holds_it()
    {
        var buyer = await db.Data.BuyerAsync();
        var moderator = await db.Data.ModeratorAsync();
        var unheld = (await Tickets(t => t.OpenAsync(buyer.Id, Question(subject: "First"), []))).Value;
        var held = (await Tickets(t => t.OpenAsync(buyer.Id, Question(subject: "Second"), []))).Value;
        (await Tickets(t => t.AssignAsync(moderator.Id, held))).ThrowIfFailed();

        (await Tickets(t => t.ReplyAsCustomerAsync(buyer.Id, unheld, "Any news?", []))).ThrowIfFailed();
        (await Tickets(t => t.ReplyAsCustomerAsync(buyer.Id, held, "Any news on this one?", []))).ThrowIfFailed();

        Assert.False(await db.WithDbAsync(d => d.Notifications.AnyAsync(n => n.SupportTicketId == unheld)));
        var told = await db.WithDbAsync(d => d.Notifications.SingleAsync(n => n.SupportTicketId == held));
        Assert.Equal((moderator.Id, NotificationKind.SupportCustomerWrote), (told.RecipientId, told.Kind));
        Assert.Contains("Any news on this one?", told.Body, StringComparison.Ordinal);
        var stranger = await db.Data.BuyerAsync();
        Assert.Equal(ResultStatus.NotFound, (await Tickets(t => t.ReplyAsCustomerAsync(stranger.Id, held, "Me too", []))).Status);
    }

    [Fact]
    public async Task A_closed_ticket_reopens_on_the_customers_reply_within_fourteen_days_and_not_after()
    {
        var buyer = await db.Data.BuyerAsync();
        var moderator = await db.Data.ModeratorAsync();
        var id = (await Tickets(t => t.OpenAsync(buyer.Id, Question(), []))).Value;
        (await Tickets(t => t.CloseAsStaffAsync(moderator.Id, id))).ThrowIfFailed();

        db.Clock.Advance(TimeSpan.FromDays(13));
        (await Tickets(t => t.ReplyAsCustomerAsync(buyer.Id, id, "It happened again.", []))).ThrowIfFailed();
        Assert.Equal(SupportTicketStatus.Open, (await Tickets(t => t.ForCustomerAsync(buyer.Id, id)))!.Ticket.Status);

        (await Tickets(t => t.CloseAsCustomerAsync(buyer.Id, id))).ThrowIfFailed();
        db.Clock.Advance(TimeSpan.FromDays(15));
        var late = await Tickets(t => t.ReplyAsCustomerAsync(buyer.Id, id, "And again.", []));

        Assert.IsType<ClosedTicketCanBeReopenedOnlyForAWhileRule>(late.BrokenRule);
        var view = (await Tickets(t => t.ForCustomerAsync(buyer.Id, id)))!;
        Assert.Equal((SupportTicketStatus.Closed, 2), (view.Ticket.Status, view.Ticket.Messages.Count));
        Assert.False(view.CustomerCanWrite);
    }

    [Fact]
    public async Task The_queue_shows_the_longest_waiting_first_and_filters_by_topic_and_holder()
    {
        var buyer = await db.Data.BuyerAsync();
        var moderator = await db.Data.ModeratorAsync();
        var older = (await Tickets(t => t.OpenAsync(buyer.Id, Question(SupportTopic.AccountAndSignIn, subject: "Older"), []))).Value;
        db.Clock.Advance(TimeSpan.FromHours(1));
        var newer = (await Tickets(t => t.OpenAsync(buyer.Id, Question(SupportTopic.PaymentsAndRefunds, subject: "Newer"), []))).Value;
        var answered = (await Tickets(t => t.OpenAsync(buyer.Id, Question(SupportTopic.PaymentsAndRefunds, subject: "Answered"), []))).Value;
        (await Tickets(t => t.ReplyAsStaffAsync(moderator.Id, answered, "Done.", []))).ThrowIfFailed();
        (await Tickets(t => t.AssignAsync(moderator.Id, newer))).ThrowIfFailed();

        var open = await Lists(l => l.QueueAsync(moderator.Id, new SupportQueueQuery()));
        var mine = await Lists(l => l.QueueAsync(moderator.Id, new SupportQueueQuery { MineOnly = true }));
        var account = await Lists(l => l.QueueAsync(moderator.Id, new SupportQueueQuery { Topic = SupportTopic.AccountAndSignIn }));
        var waiting = await Lists(l => l.QueueAsync(moderator.Id, new SupportQueueQuery { View = SupportQueueView.WaitingForCustomer }));

        var openIds = open.Items.Select(r => r.Id).ToList();
        Assert.True(openIds.IndexOf(older) < openIds.IndexOf(newer));
        Assert.DoesNotContain(answered, openIds);
        Assert.Equal([newer], mine.Items.Select(r => r.Id));
        Assert.Contains(older, account.Items.Select(r => r.Id));
        Assert.All(account.Items, r => Assert.Equal(SupportTopic.AccountAndSignIn, r.Topic));
        Assert.Contains(answered, waiting.Items.Select(r => r.Id));
        Assert.Equal(["Answered", "Newer", "Older"], (await Lists(l => l.ForCustomerAsync(buyer.Id))).Select(r => r.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_customers_personal_data_export_holds_their_tickets_and_the_answers_without_naming_staff()
    {
        var buyer = await db.Data.BuyerAsync();
        var moderator = await db.Data.ModeratorAsync("Named Moderator");
        var id = (await Tickets(t => t.OpenAsync(buyer.Id, Question(subject: "Exported question"), [Photo("proof.png")]))).Value;
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        (await Tickets(t => t.ReplyAsStaffAsync(moderator.Id, id, "Exported answer.", []))).ThrowIfFailed();
        var other = await db.Data.BuyerAsync();
        (await Tickets(t => t.OpenAsync(other.Id, Question(subject: "Someone else's question"), []))).ThrowIfFailed();

        using var output = new MemoryStream();
        await db.InScopeAsync(s => s.GetRequiredService<PersonalDataExport>().WriteAsync(buyer.Id, output, CancellationToken.None));
        using var export = System.Text.Json.JsonDocument.Parse(output.ToArray());

        var ticket = Assert.Single(export.RootElement.GetProperty("supportTickets").EnumerateArray());
        Assert.Equal("Exported question", ticket.GetProperty("subject").GetString());
        Assert.StartsWith("SUP-", ticket.GetProperty("reference").GetString(), StringComparison.Ordinal);
        var messages = ticket.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal("proof.png", Assert.Single(messages[0].GetProperty("attachments").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(("staff", "Exported answer."), (messages[1].GetProperty("author").GetString(), messages[1].GetProperty("body").GetString()));
        var notification = export.RootElement.GetProperty("notifications").EnumerateArray().Single(n => n.GetProperty("supportTicketId").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(id, notification.GetProperty("supportTicketId").GetGuid());
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.DoesNotContain(moderator.Id, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else's question", text, StringComparison.Ordinal);
    }
}
