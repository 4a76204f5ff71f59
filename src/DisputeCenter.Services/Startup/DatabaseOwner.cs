using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DisputeCenter.Services.Startup;

/// <summary>
/// The two database roles. The owner (<c>ConnectionStrings__DisputeCenterOwner</c>) owns the tables and runs the
/// migrations; the app connects as a login that is a member of <see cref="ApplicationRole"/>, which the migrations grant
/// SELECT, INSERT, UPDATE and DELETE on the tables, except that the timeline and the refunds ledger are SELECT and INSERT
/// only. So the running app cannot rewrite its own audit trail even when a bug or an injection tells it to. Without an
/// owner connection the app's connection migrates and owns the tables: one role, as a laptop or docker-compose's quick
/// start has it.
/// </summary>
public sealed record DatabaseOwner(string? ConnectionString)
{
    /// <summary>The group role the migrations grant to (see the ApplicationRole migration).</summary>
    public const string ApplicationRole = "disputecenter_app";

    /// <summary>A context of its own on the owner's connection (unpooled), or null when no owner connection is configured.</summary>
    public DisputeCenterDbContext? CreateContext()
    {
        if (ConnectionString is not { Length: > 0 })
        {
            return null;
        }

        var options = new DbContextOptionsBuilder<DisputeCenterDbContext>();
        ServiceCollectionExtensions.UseDatabase(options, new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        return new DisputeCenterDbContext(options.Options);
    }

    /// <summary>The login the app connects as, made a member of <see cref="ApplicationRole"/>; null when it is the owner itself.</summary>
    internal static string? ApplicationLogin(string ownerConnection, string appConnection)
    {
        var owner = new NpgsqlConnectionStringBuilder(ownerConnection).Username;
        var app = new NpgsqlConnectionStringBuilder(appConnection).Username;
        return app is { Length: > 0 } && !string.Equals(app, owner, StringComparison.Ordinal) ? app : null;
    }
}
