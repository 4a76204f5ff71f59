using System.Diagnostics;
using System.Globalization;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Services.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrderListBench;

// The order list at 100,000 orders: timings through the real service, and the plans PostgreSQL chose.
var connectionString = Environment.GetEnvironmentVariable("BENCH_POSTGRES")
    ?? throw new InvalidOperationException("Set BENCH_POSTGRES (bench/order-list.sh does).");
var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), CultureInfo.InvariantCulture, out var r) ? r : 30;

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
    if (!await db.Orders.AnyAsync())
    {
        var load = Stopwatch.StartNew();
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "OrderData.sql"));
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql);
        Console.WriteLine($"Generated the data in {load.Elapsed.TotalSeconds:F1} s");
    }

    Console.WriteLine($"orders: {await db.Orders.CountAsync():N0}, order lines: {await db.Set<OrderLine>().CountAsync():N0}, " +
        $"orders of the heavy buyer: {await db.Orders.CountAsync(o => o.BuyerId == "bench-user-1"):N0}, " +
        $"orders of seller 1: {await db.Orders.CountAsync(o => db.Sellers.Any(s => s.Id == o.SellerId && s.UserId == "bench-user-1001")):N0}");
}

var scenarios = new (string Name, Func<OrderListService, Task> Run)[]
{
    ("buyer, default view (newest first, page 1)", s => s.ForBuyerAsync("bench-user-1", new OrderListQuery())),
    ("buyer, search 'hose'", s => s.ForBuyerAsync("bench-user-1", new OrderListQuery { Search = "hose" })),
    ("buyer, status Late", s => s.ForBuyerAsync("bench-user-1", new OrderListQuery { Status = OrderStatus.Late })),
    ("buyer, page 50 of 100", s => s.ForBuyerAsync("bench-user-1", new OrderListQuery { Page = 50 })),
    ("typical buyer (100 orders), default view", s => s.ForBuyerAsync("bench-user-500", new OrderListQuery())),
    ("seller with 20,000+ orders, default view", s => s.ForSellerAsync("bench-user-1001", new OrderListQuery())),
    ("seller, search an order number", s => s.ForSellerAsync("bench-user-1001", new OrderListQuery { Search = "DC-B-0050000" })),
};

Console.WriteLine();
Console.WriteLine($"{"scenario",-45} {"median ms",10} {"p95 ms",8}  ({runs} runs after 3 warm-ups)");
foreach (var (name, run) in scenarios)
{
    var timings = new List<double>();
    for (var i = 0; i < runs + 3; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<OrderListService>();
        var watch = Stopwatch.StartNew();
        await run(service);
        if (i >= 3)
        {
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    Console.WriteLine($"{name,-45} {timings[timings.Count / 2],10:F2} {timings[(int)(timings.Count * 0.95)],8:F2}");
}

foreach (var (name, run) in scenarios.Take(1).Concat(scenarios.Skip(5).Take(1)))
{
    capture.Commands.Clear();
    capture.Enabled = true;
    await using (var scope = provider.CreateAsyncScope())
    {
        await run(scope.ServiceProvider.GetRequiredService<OrderListService>());
    }

    capture.Enabled = false;
    foreach (var (sql, parameters) in capture.Commands)
    {
        Console.WriteLine();
        Console.WriteLine($"== EXPLAIN ANALYZE: {name}");
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
