using DisputeCenter.Services;
using DisputeCenter.Services.Seeding;
using DisputeCenter.Testing;
using DisputeCenter.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace DisputeCenter.Web.Tests;

/// <summary>Production refuses to start on defaults anyone can read: '*' hosts, unencrypted keys, published passwords.</summary>
public sealed class ProductionSettingsTests
{
    private static readonly string Certificate = TestCertificates.WritePfx();

    [Fact]
    public void Safe_settings_have_no_problems()
    {
        Assert.Empty(ProductionSettings.Problems(Settings()));
    }

    [Theory]
    [InlineData("AllowedHosts", "*", "AllowedHosts must name the site's host names")]
    [InlineData("AllowedHosts", "", "AllowedHosts must name the site's host names")]
    [InlineData("AllowedHosts", "disputes.example.com;*", "AllowedHosts must name the site's host names")]
    [InlineData(ServiceCollectionExtensions.DataProtectionCertificatePath, "", "must point to a .pfx")]
    [InlineData(ServiceCollectionExtensions.DataProtectionCertificatePath, "/no/such/file.pfx", "no file at '/no/such/file.pfx'")]
    [InlineData("ConnectionStrings:DisputeCenter", "Host=db;Database=disputecenter;Username=disputecenter;Password=disputecenter", "uses a published demo password")]
    [InlineData("Email:Smtp:Password", DemoAccounts.Password, "Email:Smtp:Password is a published demo password")]
    [InlineData("ConnectionStrings:DisputeCenterOwner", "Host=db;Database=disputecenter;Username=owner;Password=postgres", "ConnectionStrings:DisputeCenterOwner uses a published demo password")]
    [InlineData("AuditTrail:CurrentKeyId", "2027-01", "AuditTrail:Keys:2027-01 is missing")]
    [InlineData("AuditTrail:Keys:2026-12", "c2hvcnQ=", "AuditTrail:Keys:2026-12 must be base64 of at least 32 bytes")]
    [InlineData("AuditTrail:Keys:2026-12", "not base64 at all!", "AuditTrail:Keys:2026-12 must be base64 of at least 32 bytes")]
    public void Each_unsafe_setting_is_named(string key, string value, string problem)
    {
        var problems = ProductionSettings.Problems(Settings((key, value)));

        Assert.Contains(problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_in_production_on_the_shipped_defaults_does_not_start_and_says_why()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting($"ConnectionStrings:{ServiceCollectionExtensions.ConnectionStringName}", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=disputecenter"));

        var refusal = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Refusing to start in Production", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("AllowedHosts", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(ServiceCollectionExtensions.DataProtectionCertificatePath, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("published demo password", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("AuditTrail:CurrentKeyId and AuditTrail:Keys:<id> must give the key that seals the timeline", refusal.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] overrides)
    {
        var values = new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "disputes.example.com",
            [ServiceCollectionExtensions.DataProtectionCertificatePath] = Certificate,
            ["ConnectionStrings:DisputeCenter"] = "Host=db;Database=disputecenter;Username=app;Password=a long secret from the vault",
            ["AuditTrail:CurrentKeyId"] = "2026-12",
            ["AuditTrail:Keys:2026-12"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in overrides)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
