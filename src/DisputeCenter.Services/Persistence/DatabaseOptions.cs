namespace DisputeCenter.Services.Persistence;

/// <summary>What start-up does to the database; bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply the migrations (and create the roles and default policies) at start-up. <c>Database__MigrateOnStartup</c>.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo accounts, orders and disputes; honoured in Development only. <c>Database__SeedDemoData</c>.</summary>
    public bool SeedDemoData { get; set; } = true;
}
