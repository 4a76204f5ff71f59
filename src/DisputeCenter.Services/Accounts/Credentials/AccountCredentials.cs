using System.ComponentModel.DataAnnotations;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.Credentials;

/// <summary>
/// Changing the password (the current one required) and the email address (the current password required, and the new
/// address confirmed by a link sent to it before it replaces the old one) from the account page. Either change gives the
/// account a new security stamp, so every other session ends, and tells the account by email.
/// </summary>
public sealed class AccountCredentials(DisputeCenterDbContext db, UserManager<ApplicationUser> users, AccountMail mail, EmailConfirmationService confirmations)
{
    public const string ConfirmEmailChangePath = "/Identity/Account/ConfirmEmailChange";

    /// <summary>The answer when the current password is wrong, so a form can put it beside that field.</summary>
    public static readonly DomainText WrongCurrentPassword = DomainText.Of($"Your current password is not right.");

    public async Task<Result> ChangePasswordAsync(string userId, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.NotFound();
        }

        if (string.IsNullOrEmpty(currentPassword) || !await users.CheckPasswordAsync(user, currentPassword))
        {
            return Result.Invalid([WrongCurrentPassword]);
        }

        if (PasswordPolicy.Refuses(newPassword, out var weak))
        {
            return weak;
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return Result.Invalid(changed.Errors.Select(e => e.Description));
        }

        mail.QueuePasswordChanged(user);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>
    /// Sends a link to <paramref name="newEmail"/> that moves the account there. When another account has that address
    /// already, its owner is told instead and the answer is the same, so the form does not reveal who is registered.
    /// </summary>
    public async Task<Result> RequestEmailChangeAsync(string userId, string? currentPassword, string? newEmail, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.NotFound();
        }

        var email = newEmail?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > OutboxEmail.AddressMaxLength || !new EmailAddressAttribute().IsValid(email))
        {
            return Result.Invalid([DomainText.Of($"Enter an email address like name@example.com.")]);
        }

        if (string.Equals(users.NormalizeEmail(email), user.NormalizedEmail, StringComparison.Ordinal))
        {
            return Result.Invalid([DomainText.Of($"That is the address your account has now.")]);
        }

        if (string.IsNullOrEmpty(currentPassword) || !await users.CheckPasswordAsync(user, currentPassword))
        {
            return Result.Invalid([WrongCurrentPassword]);
        }

        if (await users.FindByEmailAsync(email) is { } holder)
        {
            confirmations.QueueAlreadyRegistered(holder);
        }
        else
        {
            var token = await users.GenerateChangeEmailTokenAsync(user, email);
            mail.Queue(
                user,
                DomainText.Of($"Confirm your new email address for DisputeCenter"),
                [
                    DomainText.Of($"Open this link to use this address for your DisputeCenter account from now on (it works for 24 hours):"),
                    DomainText.Plain(mail.TokenLink(ConfirmEmailChangePath, user.Id, token) + "&email=" + Uri.EscapeDataString(email)),
                    DomainText.Of($"If you did not ask for this, ignore this email: nothing changes without the link."),
                ],
                toAddress: email);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Moves the account to the confirmed address (the sign-in name too) and tells the old address.</summary>
    public async Task<Result> ConfirmEmailChangeAsync(string? userId, string? email, string? code, CancellationToken cancellationToken = default)
    {
        var refused = Result.Invalid([DomainText.Of($"This link to change your email address is not valid: it was used already, or it has expired. Ask for a new one on your account page.")]);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || AccountMail.TokenFrom(code) is not { } token
            || await users.FindByIdAsync(userId) is not { IsDisabled: false } user)
        {
            return refused;
        }

        var oldAddress = user.Email!;
        var changed = await users.ChangeEmailAsync(user, email, token);
        if (!changed.Succeeded)
        {
            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)) ? refused : Result.Invalid(changed.Errors.Select(e => e.Description));
        }

        var renamed = await users.SetUserNameAsync(user, email);
        if (!renamed.Succeeded)
        {
            return Result.Invalid(renamed.Errors.Select(e => e.Description));
        }

        mail.Queue(
            user,
            DomainText.Of($"Your DisputeCenter account has a new email address"),
            [
                DomainText.Of($"Your DisputeCenter account now uses {email}, and every session of it was signed out. This address gets no more emails from us."),
                DomainText.Of($"If that was not you, contact the platform's support at once so that they can restore your account."),
            ],
            toAddress: oldAddress);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
