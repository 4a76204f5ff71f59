using System.Buffers.Text;
using System.Text;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Accounts;

/// <summary>
/// The emails about an account itself (confirm your address, reset your password, your password was changed), put in
/// the outbox in the account's language; the caller saves them with the rest of its unit of work.
/// </summary>
public sealed class AccountMail(DisputeCenterDbContext db, IOptions<EmailOptions> email, ITextRenderer texts, TimeProvider clock)
{
    /// <summary>The site's address before <paramref name="path"/>, when configured (Email:SiteUrl).</summary>
    public string Link(string path) =>
        string.IsNullOrWhiteSpace(email.Value.SiteUrl) ? path : email.Value.SiteUrl.TrimEnd('/') + path;

    /// <summary>The emailed link that carries an Identity token for the account: <c>path?userId=…&amp;code=…</c>, the token base64url.</summary>
    public string TokenLink(string path, string userId, string token) =>
        Link($"{path}?userId={Uri.EscapeDataString(userId)}&code={Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token))}");

    /// <summary>The token a <see cref="TokenLink"/>'s code carries, or null when the code is not one.</summary>
    public static string? TokenFrom(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>How many emails with <paramref name="subject"/> went to the account since <paramref name="window"/> ago.</summary>
    public Task<int> CountRecentAsync(ApplicationUser user, DomainText subject, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var rendered = texts.Render(subject, new Reader(user.Culture, user.TimeZone));
        var since = clock.GetUtcNow() - window;
        return db.OutboxEmails.CountAsync(e => e.ToAddress == user.Email && e.Subject == rendered && e.CreatedAt >= since, cancellationToken);
    }

    /// <summary>"Your password was changed", after a reset or a change on the account page.</summary>
    public void QueuePasswordChanged(ApplicationUser user) =>
        Queue(
            user,
            DomainText.Of($"Your DisputeCenter password was changed"),
            [
                DomainText.Of($"The password of your DisputeCenter account was changed just now, and every other session of the account was signed out."),
                DomainText.Of($"If that was not you, reset your password at once: {Link("/Identity/Account/ForgotPassword")}"),
            ]);

    /// <summary>An email to the account, in its language, at <paramref name="toAddress"/> when given (an address it is moving to or from) or else its own.</summary>
    public void Queue(ApplicationUser user, DomainText subject, IReadOnlyList<DomainText> paragraphs, string? toAddress = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var reader = new Reader(user.Culture, user.TimeZone);
        var greeting = DomainText.Of($"Hello {user.DisplayName},");
        var body = string.Join("\n\n", new[] { greeting }.Concat(paragraphs).Select(p => texts.Render(p, reader))) + "\n\n--\nDisputeCenter\n";
        db.OutboxEmails.Add(OutboxEmail.Queue(toAddress ?? user.Email!, user.DisplayName, texts.Render(subject, reader), body, notificationId: null, clock.GetUtcNow()));
    }
}
