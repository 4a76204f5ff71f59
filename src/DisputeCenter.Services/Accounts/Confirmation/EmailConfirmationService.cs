using System.Security.Claims;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.Confirmation;

/// <summary>
/// Confirming the address an account registered with, with Identity's email confirmation token (a Data Protection token
/// that lasts <see cref="LinkLifetime"/>) sent through the email outbox. Until then the account may sign in only to the
/// page that says so; it cannot file a dispute or answer a claim.
/// </summary>
public sealed class EmailConfirmationService(DisputeCenterDbContext db, UserManager<ApplicationUser> users, AccountMail mail)
{
    public const string ConfirmPath = "/Identity/Account/ConfirmEmail";

    /// <summary>The claim an unconfirmed account's sign-in carries (see <see cref="AccountClaimsFactory"/>).</summary>
    public const string UnconfirmedClaim = "disputecenter:email_unconfirmed";

    /// <summary>How long a confirmation link works (Identity's default token lifetime, set explicitly).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(1);

    public static bool IsUnconfirmed(ClaimsPrincipal user) => user?.HasClaim(c => c.Type == UnconfirmedClaim) == true;

    /// <summary>Confirms the account when the link is the one sent (and not expired); any other link is refused alike.</summary>
    public async Task<Result> ConfirmAsync(string? userId, string? code)
    {
        var refused = Result.Invalid([DomainText.Of($"This confirmation link is not valid, or it has expired. Sign in and ask for a new one.")]);
        if (string.IsNullOrEmpty(userId) || AccountMail.TokenFrom(code) is not { } token || await users.FindByIdAsync(userId) is not { } user)
        {
            return refused;
        }

        if (user.EmailConfirmed)
        {
            return Result.Ok();
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded ? Result.Ok() : refused;
    }

    /// <summary>Sends the link (again) to an unconfirmed account; nothing for a confirmed one.</summary>
    public async Task SendAgainAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is { EmailConfirmed: false } user)
        {
            await QueueConfirmationAsync(user, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Adds the confirmation email to the outbox; the caller saves it with the rest of its unit of work.</summary>
    internal async Task QueueConfirmationAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        mail.Queue(
            user,
            DomainText.Of($"Confirm your email address for DisputeCenter"),
            [
                DomainText.Of($"Welcome to DisputeCenter. Open this link to confirm that this address is yours (it works for 24 hours):"),
                DomainText.Plain(mail.TokenLink(ConfirmPath, user.Id, token)),
                DomainText.Of($"If you did not create an account, ignore this email: nothing happens without the link."),
            ]);
    }

    /// <summary>
    /// Tells the owner of an address that someone tried to register it again: the form says the same either way, so a
    /// stranger does not learn whether an address has an account.
    /// </summary>
    internal void QueueAlreadyRegistered(ApplicationUser user) =>
        mail.Queue(
            user,
            DomainText.Of($"Someone tried to create a DisputeCenter account with your address"),
            [
                DomainText.Of($"Someone (perhaps you) tried to create a new account with this email address, which already has one."),
                DomainText.Of($"If it was you, sign in instead: {mail.Link("/Identity/Account/Login")}"),
                DomainText.Of($"If it was not you, ignore this email: your account has not changed."),
            ]);
}
