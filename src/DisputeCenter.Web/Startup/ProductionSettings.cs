using DisputeCenter.Services.Audit;
using DisputeCenter.Services.Seeding;
using Npgsql;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// What Production refuses to start without: a host list instead of <c>*</c>, Data Protection keys encrypted at rest, a
/// key of its own that seals the audit trail, and no password anyone can read in this repository (the demo passphrase, docker-compose's default). Every problem is named
/// at once, so an operator fixes them in one go.
/// </summary>
public static class ProductionSettings
{
    /// <summary>Passwords published with the project: fine on a laptop, never in Production.</summary>
    private static readonly string[] PublishedPasswords = [DemoAccounts.Password, "disputecenter", "postgres"];

    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';', StringSplitOptions.TrimEntries).Contains("*"))
        {
            problems.Add("AllowedHosts must name the site's host names (e.g. disputes.example.com), not '*'.");
        }

        var certificate = configuration[Services.ServiceCollectionExtensions.DataProtectionCertificatePath];
        if (string.IsNullOrWhiteSpace(certificate))
        {
            problems.Add($"{Services.ServiceCollectionExtensions.DataProtectionCertificatePath} must point to a .pfx whose certificate encrypts the Data Protection keys at rest.");
        }
        else if (!File.Exists(certificate))
        {
            problems.Add($"{Services.ServiceCollectionExtensions.DataProtectionCertificatePath}: no file at '{certificate}'.");
        }

        foreach (var name in new[] { Services.ServiceCollectionExtensions.ConnectionStringName, Services.ServiceCollectionExtensions.OwnerConnectionStringName })
        {
            var connection = configuration.GetConnectionString(name);
            if (connection is not null && IsPublished(new NpgsqlConnectionStringBuilder(connection).Password))
            {
                problems.Add($"ConnectionStrings:{name} uses a published demo password.");
            }
        }

        problems.AddRange(AuditSeals.Problems(configuration, production: true));

        if (IsPublished(configuration["Email:Smtp:Password"]))
        {
            problems.Add("Email:Smtp:Password is a published demo password.");
        }

        return problems;
    }

    /// <summary>In Production, stops start-up with every problem named; elsewhere does nothing.</summary>
    public static void ThrowIfUnsafe(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsProduction())
        {
            return;
        }

        var problems = Problems(configuration);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Refusing to start in Production:\n- " + string.Join("\n- ", problems));
        }
    }

    private static bool IsPublished(string? password) =>
        password is { Length: > 0 } && PublishedPasswords.Contains(password, StringComparer.Ordinal);
}
