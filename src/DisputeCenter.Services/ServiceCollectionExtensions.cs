using System.Security.Cryptography.X509Certificates;
using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Accounts.Confirmation;
using DisputeCenter.Services.Accounts.Credentials;
using DisputeCenter.Services.Accounts.Moderators;
using DisputeCenter.Services.Accounts.PasswordReset;
using DisputeCenter.Services.Accounts.PersonalData;
using DisputeCenter.Services.Accounts.Preferences;
using DisputeCenter.Services.Accounts.Register;
using DisputeCenter.Services.Accounts.Sessions;
using DisputeCenter.Services.Accounts.TwoFactor;
using DisputeCenter.Services.Audit;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.CaseBundle;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Evidence;
using DisputeCenter.Services.Integration;
using DisputeCenter.Services.Integration.Webhooks;
using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Moderation.ReasonCodes;
using DisputeCenter.Services.Notifications;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Services.Orders.SupplierRecords;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Seeding;
using DisputeCenter.Services.Startup;
using DisputeCenter.Services.Support;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace DisputeCenter.Services;

public static class ServiceCollectionExtensions
{
    public const string ConnectionStringName = "DisputeCenter";

    /// <summary>
    /// The database owner's connection, which migrates; optional. Without it the app's own connection migrates, and the app
    /// role then owns the tables (one role, as docker-compose's quick start has it). See <see cref="DatabaseOwner"/>.
    /// </summary>
    public const string OwnerConnectionStringName = "DisputeCenterOwner";

    /// <summary>A streaming standby for the reads <see cref="ReplicaReads"/> names; optional.</summary>
    public const string ReadReplicaConnectionStringName = "DisputeCenterReadReplica";
    public const string ReadyTag = "ready";

    /// <summary>Everything the web app needs from the service layer: persistence, identity, use cases.</summary>
    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the Data Protection keys at rest.</summary>
    public const string DataProtectionCertificatePath = "DataProtection:CertificatePath";

    public const string DataProtectionCertificatePassword = "DataProtection:CertificatePassword";

    public static IServiceCollection AddDisputeCenter(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string '{ConnectionStringName}' is configured. Set ConnectionStrings__{ConnectionStringName}, or start the site with script/server.");

        services.TryAddSingleton(TimeProvider.System);
        // Pooled contexts, and pooled connections that keep their session state between uses: the app sets no session
        // state (its advisory locks are transaction-scoped), so the DISCARD ALL Npgsql sends on every reuse is saved.
        var connection = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
        services.AddOptions<AuditTrailOptions>().BindConfiguration(AuditTrailOptions.Section);
        services.AddSingleton<AuditSeals>();
        services.AddSingleton<AuditSealingInterceptor>();
        services.AddSingleton<ApiEventWriter>();
        services.AddScoped<AuditVerificationService>();
        services.AddDbContextPool<DisputeCenterDbContext>((provider, options) => UseDatabase(options, connection)
            .AddInterceptors(provider.GetRequiredService<AuditSealingInterceptor>(), provider.GetRequiredService<ApiEventWriter>()));
        services.AddSingleton(new DatabaseOwner(configuration.GetConnectionString(OwnerConnectionStringName)));
        services.AddSingleton(ReplicaReads.For(configuration.GetConnectionString(ReadReplicaConnectionStringName) ?? connection));

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = RegisterAccountValidator.PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // A backstop only a crowd of addresses can reach: the web's rate limits stop each source after four tries
                // per account, so a stranger cannot lock someone out at will (see DisputeCenter.Web.Startup.RateLimits).
                options.Lockout.MaxFailedAccessAttempts = 100;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Each emailed link has a provider of its own (its own lifetime, dated by the app's clock); the second
                // factor is Identity's authenticator (TOTP) provider.
                options.Tokens.EmailConfirmationTokenProvider = EmailLinkTokenProvider<ApplicationUser>.ProviderName;
                options.Tokens.ChangeEmailTokenProvider = EmailLinkTokenProvider<ApplicationUser>.ProviderName;
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider<ApplicationUser>.ProviderName;
                options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
            })
            .AddEntityFrameworkStores<DisputeCenterDbContext>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddTokenProvider<EmailLinkTokenProvider<ApplicationUser>>(EmailLinkTokenProvider<ApplicationUser>.ProviderName)
            .AddTokenProvider<PasswordResetTokenProvider<ApplicationUser>>(PasswordResetTokenProvider<ApplicationUser>.ProviderName)
            .AddTokenProvider<InvitationTokenProvider<ApplicationUser>>(InvitationTokenProvider<ApplicationUser>.ProviderName)
            .AddTokenProvider<AuthenticatorTokenProvider<ApplicationUser>>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddScoped<AccountMail>();
        services.AddScoped<EmailConfirmationService>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<AccountCredentials>();
        services.AddOptions<AccountSessionOptions>().BindConfiguration(AccountSessionOptions.Section);
        services.AddScoped<AccountSessions>();

        // The keys that sign cookies and antiforgery tokens live in the database, shared by every instance; with
        // DataProtection:CertificatePath they are encrypted there with that certificate (Production requires it), so a
        // copy of the database alone cannot mint a session.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("DisputeCenter")
            .PersistKeysToDbContext<DisputeCenterDbContext>();
        if (configuration[DataProtectionCertificatePath] is { Length: > 0 } certificatePath)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration[DataProtectionCertificatePassword]);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddHealthChecks()
            .AddDbContextCheck<DisputeCenterDbContext>("postgresql", HealthStatus.Unhealthy, [ReadyTag]);

        services.AddValidatorsFromAssemblyContaining<RegisterAccountValidator>(ServiceLifetime.Singleton, includeInternalTypes: true);

        services.AddScoped<OrderListService>();
        services.AddScoped<OrderDetailsService>();
        services.AddScoped<SupplierRecordService>();
        services.AddScoped<RegisterAccountService>();
        services.AddScoped<AccountPreferencesService>();
        services.AddScoped<ModeratorAccountsService>();
        services.AddScoped<DeadlinePolicyService>();
        services.AddScoped<DeadlineSweep>();
        services.AddScoped<ChangeRunner>();
        services.AddScoped<DisputeChangeRunner>();
        services.AddScoped<SellerConversationService>();
        services.AddScoped<SupportTicketService>();
        services.AddScoped<SupportQueueService>();
        services.AddScoped<FileDisputeService>();
        services.AddScoped<FilingEvidenceService>();
        services.AddScoped<NegotiationService>();
        services.AddOptions<Disputes.Returns.ReturnsOptions>().BindConfiguration(Disputes.Returns.ReturnsOptions.Section);
        services.AddScoped<Disputes.Returns.ReturnService>();
        services.AddScoped<MediationService>();
        services.AddScoped<DecisionBasisQuery>();
        services.AddScoped<CaseFileService>();
        services.AddScoped<CaseBundleService>();
        services.AddScoped<ReasonCodeService>();
        services.AddScoped<DisputeTimelineService>();
        services.AddScoped<DisputeOverviewService>();
        services.AddScoped<DisputeListService>();
        services.AddScoped<ModerationQueueService>();
        services.AddScoped<ModerationOverviewService>();
        services.AddScoped<DisputeAccess>();
        if (configuration.GetValue("Deadlines:SweeperEnabled", defaultValue: true))
        {
            services.AddHostedService<DeadlineSweeper>();
        }

        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoApiKeys>();
        services.AddEvidenceVault();
        services.AddNotifications(configuration);
        services.AddIntegration(configuration);
        return services;
    }

    /// <summary>PostgreSQL as the app maps it: snake_case names and the migrations history table.</summary>
    internal static DbContextOptionsBuilder UseDatabase(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention();
}
