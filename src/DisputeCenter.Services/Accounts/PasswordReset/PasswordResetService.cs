using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Accounts.Credentials;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.PasswordReset;

/// <summary>
/// "Forgot your password?": a single-use emailed link that lasts <see cref="LinkLifetime"/>, a new password under the same
/// policy as registration, and an email saying it was changed. The reset changes the security stamp, so every other
/// session of the account ends at its next request.
/// </summary>
public sealed class PasswordResetService(DisputeCenterDbContext db, UserManager<ApplicationUser> users, AccountMail mail)
{
    public const string ResetPath = "/Identity/Account/ResetPassword";

    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);

    /// <summary>At most this many links an account is sent per hour, whoever asks from wherever (the web limits each address too).</summary>
    public const int LinksPerAccountPerHour = 3;

    private static readonly DomainText Subject = DomainText.Of($"Choose a new DisputeCenter password");

    /// <summary>
    /// Emails a link when <paramref name="email"/> has an active account that was not sent <see cref="LinksPerAccountPerHour"/>
    /// in the last hour, and does nothing otherwise; the caller answers the same either way.
    /// </summary>
    public async Task RequestAsync(string? email, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email.Trim()) is not { IsDisabled: false } user)
        {
            return;
        }

        if (await mail.CountRecentAsync(user, Subject, TimeSpan.FromHours(1), cancellationToken) >= LinksPerAccountPerHour)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        mail.Queue(
            user,
            Subject,
            [
                DomainText.Of($"Someone (perhaps you) asked to reset the password of your DisputeCenter account. Open this link to choose a new one (it works once, for 2 hours):"),
                DomainText.Plain(mail.TokenLink(ResetPath, user.Id, token)),
                DomainText.Of($"If you did not ask, ignore this email: your password stays as it is."),
            ]);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Sets the new password when the link is the one sent, unused and unexpired; every other session of the account ends.</summary>
    public async Task<Result> ResetAsync(string? userId, string? code, string? newPassword, CancellationToken cancellationToken = default)
    {
        if (PasswordPolicy.Refuses(newPassword, out var weak))
        {
            return weak;
        }

        var refused = Result.Invalid([DomainText.Of($"This link to reset your password is not valid: it was used already, or it has expired. Ask for a new one.")]);
        if (string.IsNullOrEmpty(userId) || AccountMail.TokenFrom(code) is not { } token || await users.FindByIdAsync(userId) is not { IsDisabled: false } user)
        {
            return refused;
        }

        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? refused : Result.Invalid(reset.Errors.Select(e => e.Description));
        }

        mail.QueuePasswordChanged(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
