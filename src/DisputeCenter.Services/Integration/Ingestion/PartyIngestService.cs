using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Integration.Ingestion;

/// <summary>
/// Upserts the marketplace's buyers and sellers by its ids. An account is linked by email: a person who already has one
/// keeps it; otherwise one is made, confirmed (the marketplace confirmed the address) and without a password, which its
/// owner sets with "Forgot your password?" to sign in to the site.
/// </summary>
public sealed class PartyIngestService(DisputeCenterDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public async Task<Ingested> UpsertBuyerAsync(BuyerInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var externalId = input.ExternalId?.Trim() ?? string.Empty;
        if (CheckPerson(input.ExternalId, input.Email, input.DisplayName) is { } problem)
        {
            return Ingested.Refused(externalId, problem);
        }

        return await UpsertAccountAsync(ExternalKind.Buyer, externalId, input.Email!, input.DisplayName!, Roles.Buyer, _ => Task.CompletedTask, cancellationToken);
    }

    public async Task<Ingested> UpsertSellerAsync(SellerInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var externalId = input.ExternalId?.Trim() ?? string.Empty;
        var problem = CheckPerson(input.ExternalId, input.Email, input.DisplayName) ?? input switch
        {
            { BusinessName: null or "" } => IngestProblem.Required("business_name"),
            { Address: null or "" } => IngestProblem.Required("address"),
            { Country: null or "" } => IngestProblem.Required("country"),
            { RegistrationNumber: null or "" } => IngestProblem.Required("registration_number"),
            { Country.Length: not SupplierProfile.CountryMaxLength } => IngestProblem.Invalid("country", "Give the country as its two-letter ISO 3166 code, such as CN."),
            { BusinessName.Length: > SupplierProfile.BusinessNameMaxLength } => IngestProblem.Invalid("business_name", $"A business name has at most {SupplierProfile.BusinessNameMaxLength} characters."),
            { Address.Length: > SupplierProfile.AddressMaxLength } => IngestProblem.Invalid("address", $"An address has at most {SupplierProfile.AddressMaxLength} characters."),
            { RegistrationNumber.Length: > SupplierProfile.RegistrationNumberMaxLength } => IngestProblem.Invalid("registration_number", $"A registration number has at most {SupplierProfile.RegistrationNumberMaxLength} characters."),
            _ => null,
        };
        if (problem is not null)
        {
            return Ingested.Refused(externalId, problem);
        }

        var profile = new SupplierProfile(
            input.BusinessName!, input.Address!, input.Country!, input.ContactName ?? input.DisplayName!, input.Email!, input.ContactPhone ?? string.Empty, input.RegistrationNumber!);
        return await UpsertAccountAsync(ExternalKind.Seller, externalId, input.Email!, input.DisplayName!, Roles.Seller, async user =>
        {
            if (await db.Sellers.SingleOrDefaultAsync(s => s.UserId == user.Id, cancellationToken) is { } seller)
            {
                seller.UpdateProfile(profile);
            }
            else
            {
                db.Sellers.Add(new Seller(Guid.CreateVersion7(clock.GetUtcNow()), user.Id, profile, clock.GetUtcNow()));
            }
        }, cancellationToken);
    }

    private async Task<Ingested> UpsertAccountAsync(
        ExternalKind kind, string externalId, string email, string displayName, string role, Func<ApplicationUser, Task> more, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var link = await db.ExternalIds.SingleOrDefaultAsync(e => e.Kind == kind && e.Value == externalId, cancellationToken);
        var user = link is not null ? await users.FindByIdAsync(link.InternalId) : await users.FindByEmailAsync(email.Trim());
        var outcome = IngestOutcome.Updated;
        if (user is null)
        {
            user = new ApplicationUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName.Trim() };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Ingested.Refused(externalId, IngestProblem.Invalid("email", string.Join(" ", created.Errors.Select(e => e.Description))));
            }

            outcome = IngestOutcome.Created;
        }
        else if (link is not null && !string.Equals(user.Email, email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Ingested.Refused(externalId, IngestProblem.Invalid("email", "This person's email address is changed by them on the site, not by the marketplace."));
        }
        else
        {
            user.DisplayName = displayName.Trim();
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }

        if (link is null)
        {
            if (await db.ExternalIds.AnyAsync(e => e.Kind == kind && e.InternalId == user.Id, cancellationToken))
            {
                return Ingested.Refused(externalId, IngestProblem.Invalid("email", "This email address belongs to an account the marketplace pushed under another id."));
            }

            db.ExternalIds.Add(new ExternalId(kind, externalId, user.Id));
        }

        await more(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Ingested(externalId, outcome, user.Id, null);
    }

    private static IngestProblem? CheckPerson(string? externalId, string? email, string? displayName) => (externalId, email, displayName) switch
    {
        (null or "", _, _) => IngestProblem.Required("external_id"),
        ({ Length: > ExternalId.MaxLength }, _, _) => IngestProblem.Invalid("external_id", $"An external id has at most {ExternalId.MaxLength} characters."),
        (_, null or "", _) => IngestProblem.Required("email"),
        (_, _, null or "") => IngestProblem.Required("display_name"),
        (_, _, { Length: > ApplicationUser.DisplayNameMaxLength }) => IngestProblem.Invalid("display_name", $"A name has at most {ApplicationUser.DisplayNameMaxLength} characters."),
        _ when !email.Contains('@', StringComparison.Ordinal) => IngestProblem.Invalid("email", "Give a whole email address."),
        _ => null,
    };
}
