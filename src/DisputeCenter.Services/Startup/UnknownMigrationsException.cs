namespace DisputeCenter.Services.Startup;

/// <summary>
/// The database was migrated by another build of DisputeCenter (for example before the migrations were squashed into one):
/// its history holds migrations this build does not know, so migrating it would fail or damage it.
/// </summary>
public sealed class UnknownMigrationsException(string database, IReadOnlyList<string> unknownMigrations) : InvalidOperationException(
    $"The database '{database}' was migrated by another build of DisputeCenter (for example one from before the migrations " +
    "were squashed into one): its migration history holds " +
    $"{unknownMigrations.Count} migration(s) this build does not know ({string.Join(", ", unknownMigrations)}). " +
    "The site will not start on it. Point ConnectionStrings__DisputeCenter at a new, empty database, or, if nothing in this one " +
    "is needed, drop it and create it empty again; start-up then builds it from this build's migrations. " +
    "(In Development the site recreates such a database by itself.)")
{
    public string Database { get; } = database;

    public IReadOnlyList<string> MigrationIds { get; } = unknownMigrations;
}
