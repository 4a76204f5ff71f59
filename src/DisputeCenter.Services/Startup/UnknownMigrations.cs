namespace DisputeCenter.Services.Startup;

/// <summary>What start-up does with a database whose migration history holds migrations this build does not know.</summary>
public enum UnknownMigrations
{
    /// <summary>Stop with <see cref="UnknownMigrationsException"/>: the data may matter.</summary>
    Refuse,

    /// <summary>Drop the database and build it again from the migrations: for a development database only.</summary>
    RecreateDatabase,
}
