using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DisputeCenter.Services.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web app. No connection is opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DisputeCenterDbContext>
{
    public DisputeCenterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DisputeCenterDbContext>()
            .UseNpgsql("Host=localhost;Database=disputecenter_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options);
}
