using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.Register;

/// <summary>What registering did: <see cref="Created"/> is null when the address already had an account.</summary>
public sealed record Registration(ApplicationUser? Created);

/// <summary>
/// Creates a buyer's account, or a seller's account with its supplier profile, in one transaction with the email that
/// asks to confirm the address. An address that already has an account is not told apart to the registrant: its owner
/// gets an email saying someone tried, and the form answers as for a new account (see <see cref="Registration"/>).
/// </summary>
public sealed class RegisterAccountService(DisputeCenterDbContext db, UserManager<ApplicationUser> users, EmailConfirmationService confirmation, TimeProvider clock)
{
    public async Task<Result<Registration>> RegisterAsync(RegisterAccountCommand command, Reader? reader = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var email = command.Email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            confirmation.QueueAlreadyRegistered(existing);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result<Registration>.Ok(new Registration(null));
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = command.DisplayName.Trim(),
            Culture = reader?.Culture,
            TimeZone = reader?.TimeZone,
        };
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            return Result<Registration>.Invalid(created.Errors.Select(e => e.Description));
        }

        var role = command.AccountType == AccountType.Seller ? Roles.Seller : Roles.Buyer;
        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
        {
            return Result<Registration>.Invalid(inRole.Errors.Select(e => e.Description));
        }

        if (command.AccountType == AccountType.Seller)
        {
            var profile = new SupplierProfile(
                command.BusinessName!, command.BusinessAddress!, command.Country!, user.DisplayName, user.Email, command.ContactPhone ?? string.Empty, command.RegistrationNumber!);
            db.Sellers.Add(new Seller(Guid.NewGuid(), user.Id, profile, clock.GetUtcNow()));
        }

        await confirmation.QueueConfirmationAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<Registration>.Ok(new Registration(user));
    }
}
