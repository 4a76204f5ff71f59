using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;

namespace DisputeCenter.Services.Accounts.Register;

/// <summary>Creates a buyer's account, or a seller's account with its supplier profile, in one transaction.</summary>
public sealed class RegisterAccountService(DisputeCenterDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<Result<ApplicationUser>> RegisterAsync(RegisterAccountCommand command, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new ApplicationUser { UserName = command.Email.Trim(), Email = command.Email.Trim(), DisplayName = command.DisplayName.Trim() };
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
        {
            return Result<ApplicationUser>.Invalid(created.Errors.Select(e => e.Description));
        }

        var role = command.AccountType == AccountType.Seller ? Roles.Seller : Roles.Buyer;
        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
        {
            return Result<ApplicationUser>.Invalid(inRole.Errors.Select(e => e.Description));
        }

        if (command.AccountType == AccountType.Seller)
        {
            var profile = new SupplierProfile(
                command.BusinessName!, command.BusinessAddress!, command.Country!, user.DisplayName, user.Email, command.ContactPhone ?? string.Empty, command.RegistrationNumber!);
            db.Sellers.Add(new Seller(Guid.NewGuid(), user.Id, profile, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<ApplicationUser>.Ok(user);
    }
}
