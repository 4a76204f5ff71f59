using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Accounts.PersonalData;

/// <summary>
/// "Download my data": one JSON document of everything the site holds about an account, as far as that account may
/// see it on the site's own pages. Secrets of the account (password hash, security stamp, authenticator key, recovery
/// codes, tokens) stay out, as do what the pages keep from the parties: moderators' identities, the other party's
/// unsubmitted evidence, evidence a moderator hid, and file contents. Every section streams from the database and
/// is written as it is read, so a seller with tens of thousands of orders costs no more memory than a buyer with one.
/// </summary>
public sealed partial class PersonalDataExport(DisputeCenterDbContext db, TimeProvider clock)
{
    /// <summary>Names and messages in any script stay readable; only the characters HTML treats specially are escaped.</summary>
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes the document to <paramref name="output"/>; reads only, and throws when there is no such account.</summary>
    public async Task WriteAsync(string userId, Stream output, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(output);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new InvalidOperationException($"No account has the id {userId}.");
        var seller = await db.Sellers.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);

        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteInstant("exportedAt", clock.GetUtcNow());
        await WriteAccountAsync(writer, user, cancellationToken);
        WriteSellerProfile(writer, seller);
        await WriteOrdersAsync(writer, userId, seller?.Id, cancellationToken);
        await WriteDisputesAsync(writer, userId, cancellationToken);
        await WriteConversationsAsync(writer, userId, cancellationToken);
        await WriteEvidenceAsync(writer, userId, cancellationToken);
        await WriteNotificationsAsync(writer, userId, cancellationToken);
        await WriteSupportTicketsAsync(writer, userId, cancellationToken);
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private async Task WriteAccountAsync(Utf8JsonWriter writer, ApplicationUser user, CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .OrderBy(name => name)
            .ToListAsync(cancellationToken);
        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == user.Id)
            .OrderBy(l => l.LoginProvider)
            .Select(l => new { l.LoginProvider, l.ProviderDisplayName })
            .ToListAsync(cancellationToken);

        writer.WriteStartObject("account");
        writer.WriteString("id", user.Id);
        writer.WriteString("userName", user.UserName);
        writer.WriteString("email", user.Email);
        writer.WriteBoolean("emailConfirmed", user.EmailConfirmed);
        writer.WriteString("displayName", user.DisplayName);
        writer.WriteString("phoneNumber", user.PhoneNumber);
        writer.WriteBoolean("phoneNumberConfirmed", user.PhoneNumberConfirmed);
        writer.WriteString("culture", user.Culture);
        writer.WriteString("timeZone", user.TimeZone);
        writer.WriteStartArray("roles");
        foreach (var role in roles)
        {
            writer.WriteStringValue(role);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("twoFactorEnabled", user.TwoFactorEnabled);
        writer.WriteBoolean("disabled", user.IsDisabled);
        writer.WriteInstant("lockedOutUntil", user.LockoutEnd);
        writer.WriteStartArray("externalLogins");
        foreach (var login in logins)
        {
            writer.WriteStartObject();
            writer.WriteString("provider", login.LoginProvider);
            writer.WriteString("displayName", login.ProviderDisplayName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSellerProfile(Utf8JsonWriter writer, Seller? seller)
    {
        if (seller is null)
        {
            writer.WriteNull("sellerProfile");
            return;
        }

        var profile = seller.Profile;
        writer.WriteStartObject("sellerProfile");
        writer.WriteString("id", seller.Id);
        writer.WriteInstant("joinedAt", seller.JoinedAt);
        writer.WriteString("businessName", profile.BusinessName);
        writer.WriteString("address", profile.Address);
        writer.WriteString("country", profile.Country);
        writer.WriteString("contactName", profile.ContactName);
        writer.WriteString("contactEmail", profile.ContactEmail);
        writer.WriteString("contactPhone", profile.ContactPhone);
        writer.WriteString("registrationNumber", profile.RegistrationNumber);
        writer.WriteEndObject();
    }

    private async Task WriteNotificationsAsync(Utf8JsonWriter writer, string userId, CancellationToken cancellationToken)
    {
        var notifications = db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .AsAsyncEnumerable();
        writer.WriteStartArray("notifications");
        await foreach (var notification in notifications.WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("id", notification.Id);
            writer.WriteEnum("kind", notification.Kind);
            writer.WriteEnum("as", notification.Audience);
            writer.WriteId("disputeId", notification.DisputeId);
            writer.WriteId("supportTicketId", notification.SupportTicketId);
            writer.WriteString("title", notification.Title);
            writer.WriteString("body", notification.Body);
            writer.WriteInstant("dueAt", notification.DueAt);
            writer.WriteInstant("createdAt", notification.CreatedAt);
            writer.WriteInstant("readAt", notification.ReadAt);
            writer.WriteEndObject();
            await writer.FlushIfFullAsync(cancellationToken);
        }

        writer.WriteEndArray();
    }
}
