using System.Diagnostics;
using System.Globalization;
using DisputeCenter.Domain.Common;
using DisputeCenter.Services;
using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModerationQueueBench;
using Npgsql;

// The moderation queue at 200,000 disputes: timings through the real service, and the plans PostgreSQL chose.
var connectionString = Environment.GetEnvironmentVariable("BENCH_POSTGRES")
    ?? throw new InvalidOperationException("Set BENCH_POSTGRES (bench/moderation-queue.sh does).");
var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), CultureInfo.InvariantCulture, out var r) ? r : 30;
const string moderatorId = "bench-mod-1";

var capture = new CommandCapture();
var services = new ServiceCollection();
services.AddLogging();
services.AddDisputeCenter(new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:DisputeCenter"] = connectionString })
    .Build());
services.ConfigureDbContext<DisputeCenterDbContext>(options => options.AddInterceptors(capture));
await using var provider = services.BuildServiceProvider();

await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
    var db = scope.ServiceProvider.GetRequiredService<DisputeCenterDbContext>();
    if (!await db.Disputes.AnyAsync())
    {
        var load = Stopwatch.StartNew();
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "DisputeData.sql"));
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        Console.WriteLine($"Generated the data in {load.Elapsed.TotalSeconds:F1} s");
    }

    var byStatus = await db.Disputes.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync();
    Console.WriteLine($"disputes: {byStatus.Sum(s => s.Count):N0} ({string.Join(", ", byStatus.Select(s => $"{s.Key} {s.Count:N0}"))})");
    Console.WriteLine($"held by {moderatorId}: {await db.Disputes.CountAsync(d => d.AssignedModeratorId == moderatorId):N0}, " +
        $"stalled: {await db.Disputes.CountAsync(d => d.ModeratorStalled):N0}");
}

var scenarios = new (string Name, Func<IServiceProvider, Task> Run)[]
{
    ("queue, default view (count + page 1)", s => Queue(s, new ModerationQueueQuery())),
    ("queue, mine", s => Queue(s, new ModerationQueueQuery { Assignment = QueueAssignment.Mine })),
    ("queue, reason + amount 100-500 + seller 'Karoo'", s => Queue(s, new ModerationQueueQuery
    {
        Reason = DisputeReason.DamagedInTransit, MinAmount = 100m, MaxAmount = 500m, Seller = "Karoo",
    })),
    ("queue, unassigned + overdue only", s => Queue(s, new ModerationQueueQuery { Assignment = QueueAssignment.Unassigned, OverdueOnly = true })),
    ("queue, page 200", s => Queue(s, new ModerationQueueQuery { Page = 200 })),
    ("waiting on a party", s => Queue(s, new ModerationQueueQuery { Stage = QueueStage.AwaitingInformation })),
    ("appeals", s => Queue(s, new ModerationQueueQuery { Stage = QueueStage.Appeals })),
    ("overview", s => s.GetRequiredService<ModerationOverviewService>().GetAsync()),
};

Console.WriteLine();
Console.WriteLine($"{"scenario",-50} {"median ms",10} {"p95 ms",8}  ({runs} runs after 3 warm-ups)");
foreach (var (name, run) in scenarios)
{
    var timings = new List<double>();
    for (var i = 0; i < runs + 3; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        await run(scope.ServiceProvider);
        if (i >= 3)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    Console.WriteLine($"{name,-50} {timings[timings.Count / 2],10:F2} {timings[(int)(timings.Count * 0.95)],8:F2}");
}

foreach (var (name, run) in scenarios.Take(3).Append(scenarios[^1]))
{
    capture.Commands.Clear();
    capture.Enabled = true;
    await using (var scope = provider.CreateAsyncScope())
    {
        await run(scope.ServiceProvider);
    }

    capture.Enabled = false;
    foreach (var (sql, parameters) in capture.Commands)
    {
        Console.WriteLine();
        Console.WriteLine($"== EXPLAIN (ANALYZE, BUFFERS): {name}");
        Console.WriteLine(sql);
        Console.WriteLine("--");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
        foreach (var (parameterName, value) in parameters)
        {
            explain.Parameters.AddWithValue(parameterName, value ?? DBNull.Value);
        }

        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }
}

static Task Queue(IServiceProvider services, ModerationQueueQuery query) =>
    services.GetRequiredService<ModerationQueueService>().ListAsync(moderatorId, query);
