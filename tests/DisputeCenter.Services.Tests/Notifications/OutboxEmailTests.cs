using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DisputeCenter.Services.Tests.Notifications;

public sealed class OutboxEmailTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static EmailOptions Smtp(int port) => new()
    {
        From = "DisputeCenter <no-reply@disputes.test>",
        Smtp = new SmtpSettings { Host = "127.0.0.1", Port = port, Security = SecureSocketOptions.None, TimeoutSeconds = 5 },
    };

    /// <summary>One round of the outbox sender, as the background worker runs it, with the given settings.</summary>
    private Task<OutboxRound> SendRoundAsync(EmailOptions settings, Func<IOptions<EmailOptions>, IEmailTransport>? transport = null) =>
        db.InScopeAsync(async s =>
        {
            var options = Options.Create(settings);
            await using var smtp = new SmtpEmailTransport(options);
            var dispatcher = new OutboxEmailDispatcher(
                s.GetRequiredService<DisputeCenterDbContext>(), transport?.Invoke(options) ?? smtp, db.Clock, options, NullLogger<OutboxEmailDispatcher>.Instance);
            return await dispatcher.SendDueAsync();
        });

    private async Task<OutboxEmail> QueueAsync(string subject = "Dispute news", string body = "The seller answered.\n\nNext: reply by Friday.")
    {
        var email = OutboxEmail.Queue($"buyer-{Guid.NewGuid():N}@test.example", "Amara Buyer", subject, body, null, db.Clock.GetUtcNow());
        await db.WithDbAsync(d =>
        {
            d.OutboxEmails.Add(email);
            return d.SaveChangesAsync();
        });
        return email;
    }

    private Task<OutboxEmail> ReloadAsync(Guid id) => db.WithDbAsync(d => d.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id));

    [Fact]
    public async Task The_sender_delivers_a_dispute_email_to_the_smtp_server()
    {
        var filed = await db.FileAsync();
        await using var server = await TestSmtpServer.StartAsync();

        await SendRoundAsync(Smtp(server.Port));

        var message = Assert.Single(server.Received, m => m.To.Mailboxes.Any(a => a.Address == filed.SellerUser.Email));
        Assert.Equal($"New dispute on order {filed.Order.Number}", message.Subject);
        Assert.Equal("no-reply@disputes.test", message.From.Mailboxes.Single().Address);
        Assert.Contains("The buyer opened a dispute on order", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("What you can do now: Answer the dispute", message.TextBody, StringComparison.Ordinal);
        var row = Assert.Single(await db.EmailsToAsync(filed.SellerUser.Email!));
        Assert.Equal((OutboxEmailStatus.Sent, 1, (DateTimeOffset?)null), (row.Status, row.Attempts, row.NextAttemptAt));
        Assert.Equal(db.Clock.GetUtcNow(), row.SentAt);
    }

    [Fact]
    public async Task With_the_mail_server_down_the_email_stays_queued_and_goes_out_once_the_server_is_back()
    {
        var email = await QueueAsync();
        var port = TestSmtpServer.FreePort();

        await SendRoundAsync(Smtp(port));
        var queued = await ReloadAsync(email.Id);

        Assert.Equal((OutboxEmailStatus.Queued, 1), (queued.Status, queued.Attempts));
        Assert.Equal(db.Clock.GetUtcNow() + EmailRetrySchedule.First, queued.NextAttemptAt);
        Assert.False(string.IsNullOrEmpty(queued.LastError));

        await using var server = await TestSmtpServer.StartAsync(port);
        await SendRoundAsync(Smtp(port));
        Assert.DoesNotContain(server.Received, m => m.To.Mailboxes.Any(a => a.Address == email.ToAddress));

        db.Clock.Advance(EmailRetrySchedule.First);
        await SendRoundAsync(Smtp(port));

        var message = Assert.Single(server.Received, m => m.To.Mailboxes.Any(a => a.Address == email.ToAddress));
        Assert.Equal("Dispute news", message.Subject);
        Assert.Contains("Next: reply by Friday.", message.TextBody, StringComparison.Ordinal);
        var sent = await ReloadAsync(email.Id);
        Assert.Equal((OutboxEmailStatus.Sent, 2), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task An_email_that_keeps_failing_is_retried_with_backoff_then_marked_failed()
    {
        var email = await QueueAsync();
        var port = TestSmtpServer.FreePort();
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            await SendRoundAsync(Smtp(port));
            var row = await ReloadAsync(email.Id);
            if (row.NextAttemptAt is { } next)
            {
                waits.Add(next - db.Clock.GetUtcNow());
                db.Clock.SetUtcNow(next);
            }
        }

        var failed = await ReloadAsync(email.Id);
        Assert.Equal((OutboxEmailStatus.Failed, 10, (DateTimeOffset?)null), (failed.Status, failed.Attempts, failed.NextAttemptAt));
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], waits.Select(w => w.TotalMinutes));
    }

    [Fact]
    public async Task Pickup_mode_writes_each_email_as_a_readable_eml_file()
    {
        var email = await QueueAsync(subject: "Décision sur la commande", body: "Le modérateur a décidé : remboursement complet.");
        var folder = Directory.CreateTempSubdirectory("dc-mail-");
        try
        {
            var settings = new EmailOptions { Mode = EmailMode.Pickup, PickupDirectory = folder.FullName };

            await SendRoundAsync(settings, options => new PickupEmailTransport(options));

            var file = Assert.Single(folder.GetFiles("*.eml"), f => f.Name.Contains(email.Id.ToString("N"), StringComparison.Ordinal));
            var message = await MimeMessage.LoadAsync(file.FullName);
            Assert.Equal(email.ToAddress, message.To.Mailboxes.Single().Address);
            Assert.Equal("Décision sur la commande", message.Subject);
            Assert.Contains("remboursement complet", message.TextBody, StringComparison.Ordinal);
            Assert.Equal(OutboxEmailStatus.Sent, (await ReloadAsync(email.Id)).Status);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Retries_wait_one_minute_then_double_up_to_an_hour()
    {
        Assert.Equal(
            [1, 2, 4, 8, 16, 32, 60, 60],
            Enumerable.Range(1, 8).Select(attempt => EmailRetrySchedule.After(attempt).TotalMinutes));
    }
}
