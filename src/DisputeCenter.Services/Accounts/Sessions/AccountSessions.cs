using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DisputeCenter.Services.Accounts.Sessions;

/// <summary>How long a session may last however busy it is (<c>Sessions:AbsoluteLifetime</c>); the cookie's sliding 8 hours end it sooner when idle.</summary>
public sealed class AccountSessionOptions
{
    public const string Section = "Sessions";

    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>A session as its account sees it on the account page.</summary>
public sealed record SessionView(Guid Id, DateTimeOffset SignedInAt, string Address, string Browser, SignInMethod Method, DateTimeOffset? EndedAt, bool Expired, bool Current)
{
    public bool Open => EndedAt is null && !Expired;
}

/// <summary>
/// The account's sessions: each sign-in starts one, signing out ends it (its cookie is refused from the next check on,
/// on every instance), and "end all sessions" ends every one and changes the security stamp, which also forgets every
/// browser remembered for two-factor sign-in.
/// </summary>
public sealed class AccountSessions(DisputeCenterDbContext db, UserManager<ApplicationUser> users, IOptions<AccountSessionOptions> options, TimeProvider clock)
{
    public const int Listed = 10;

    public TimeSpan AbsoluteLifetime => options.Value.AbsoluteLifetime;

    public async Task<Guid> StartAsync(string userId, string address, string? browser, SignInMethod method, CancellationToken cancellationToken = default)
    {
        var session = AccountSession.Start(userId, address, browser, method, clock.GetUtcNow());
        db.AccountSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Whether the session may still be used: not ended, and younger than the absolute lifetime.</summary>
    public async Task<bool> IsOpenAsync(Guid sessionId, string userId, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow() - AbsoluteLifetime;
        return await db.AccountSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null && s.SignedInAt > since, cancellationToken);
    }

    /// <summary>Ends one of the account's own sessions (signing out, or "sign out" beside it on the account page).</summary>
    public async Task EndAsync(Guid sessionId, string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await db.AccountSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>Ends every session of the account, and changes its security stamp so that no cookie issued before now works anywhere.</summary>
    public async Task<Result> EndAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.NotFound(DomainText.Of($"There is no such account."));
        }

        var stamped = await users.UpdateSecurityStampAsync(user);
        if (!stamped.Succeeded)
        {
            return Result.Invalid(stamped.Errors.Select(e => e.Description));
        }

        var now = clock.GetUtcNow();
        await db.AccountSessions.Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
        return Result.Ok();
    }

    /// <summary>The account's <see cref="Listed"/> latest sessions, newest first.</summary>
    public async Task<IReadOnlyList<SessionView>> RecentAsync(string userId, Guid? current, CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow() - AbsoluteLifetime;
        var sessions = await db.AccountSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.SignedInAt)
            .Take(Listed)
            .ToListAsync(cancellationToken);
        return sessions
            .Select(s => new SessionView(s.Id, s.SignedInAt, s.Address, s.Browser, s.Method, s.EndedAt, s.SignedInAt <= since, s.Id == current))
            .ToList();
    }
}
