using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Orders pushed through the real API (Release, Production, Kestrel over loopback) by a marketplace's client, each
// request with an Idempotency-Key: in batches of BENCH_BATCH orders by BENCH_CLIENTS concurrent connections, then one
// order a request. Prints orders a second (issue 14's goal: at least 1,000), request latency, and checks that every
// acknowledged order is in the database once.
var webDll = Environment.GetEnvironmentVariable("BENCH_WEB_DLL")
    ?? throw new InvalidOperationException("Set BENCH_WEB_DLL to DisputeCenter.Web.dll (bench/api-ingestion.sh does).");
var port = Setting("BENCH_PORT", 5093);
var connections = Setting("BENCH_CLIENTS", 8);
var batch = Setting("BENCH_BATCH", 100);
var batchedOrders = Setting("BENCH_ORDERS", 20_000);
var singleOrders = Setting("BENCH_SINGLE_ORDERS", 2_000);
const int buyerCount = 100;
const int sellerCount = 10;

var database = new DatabaseFixture();
await database.InitializeAsync();
var key = await database.InScopeAsync(async services =>
{
    var admin = await database.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Bench Admin");
    return (await services.GetRequiredService<IntegrationClientService>().CreateAsync("Bench marketplace", ApiScopes.All.ToArray(), admin.Id)).Value!.Secret;
});

Process? app = null;
try
{
    app = Process.Start(new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
    {
        UseShellExecute = false,
        Environment =
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__DisputeCenter"] = database.ConnectionString,
            ["ConnectionStrings__DisputeCenterOwner"] = database.OwnerConnectionString,
            ["Deadlines__SweeperEnabled"] = "false",
            ["Email__SenderEnabled"] = "false",
            // The benchmark measures the work, not the per-client limit (100 requests a second by default).
            ["RateLimits__ApiPerClient__PermitsPerSecond"] = "1000000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        },
        WorkingDirectory = Path.GetDirectoryName(webDll)!,
        RedirectStandardOutput = true,
    })!;
    app.OutputDataReceived += (_, _) => { };
    app.BeginOutputReadLine();

    var site = new Uri($"http://127.0.0.1:{port}");
    var clients = Enumerable.Range(0, connections).Select(_ =>
    {
        var client = BehindTlsProxyHandler.CreateClient(site, TimeSpan.FromMinutes(2));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }).ToList();
    await SiteClient.WaitForReadyAsync(clients[0]);

    for (var b = 0; b < buyerCount; b++)
    {
        await PostAsync(clients[0], "/api/v1/buyers", new { external_id = $"buyer-{b}", email = $"buyer-{b}@bench.example", display_name = $"Buyer {b}" });
    }

    for (var s = 0; s < sellerCount; s++)
    {
        await PostAsync(clients[0], "/api/v1/sellers", new
        {
            external_id = $"seller-{s}",
            email = $"seller-{s}@bench.example",
            display_name = $"Seller {s}",
            business_name = $"Seller {s} Trading",
            address = "1 Harbour Road, Ningbo",
            country = "CN",
            registration_number = $"REG-{s}",
        });
    }

    var postmaster = await PostmasterAsync(database.ConnectionString);
    // Warm-up, unmeasured: the JIT and the pools settle. Then the statistics autovacuum would gather within its first minute
    // (a table that appeared a moment ago has none, and the planner guesses).
    await RunAsync("warm", 2_000, batch);
    await AnalyzeAsync(database.OwnerConnectionString);
    var batched = await RunAsync("batch", batchedOrders, batch);
    var single = await RunAsync("single", singleOrders, 1);
    var stored = await CountAsync(database.ConnectionString);
    var expected = 2_000 + batchedOrders + singleOrders;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Orders pushed through /api/v1 with an Idempotency-Key on every request, {connections} connections:
          batches of {batch}:  {batched.Orders / batched.Seconds:F0} orders a second ({batched.Orders} orders, request p50 {batched.P50:F0} ms, p99 {batched.P99:F0} ms, {batched.Failures} failed)   (goal: at least 1,000)
                           CPU per 1,000 orders: app {batched.AppCpu * 1000 / batched.Orders:F2} s, PostgreSQL {batched.DbCpu * 1000 / batched.Orders:F2} s
          one a request:  {single.Orders / single.Seconds:F0} orders a second ({single.Orders} orders, request p50 {single.P50:F1} ms, p99 {single.P99:F1} ms, {single.Failures} failed)
                           CPU per 1,000 orders: app {single.AppCpu * 1000 / single.Orders:F2} s, PostgreSQL {single.DbCpu * 1000 / single.Orders:F2} s
          in the database {stored} orders (expected {expected})
          app peak RSS    {PeakRssMegabytes(app.Id)} MB
        """));
    if (Environment.GetEnvironmentVariable("BENCH_SQL_STATS") == "1")
    {
        await PrintStatementsAsync(database.OwnerConnectionString);
    }

    return stored == expected && batched.Failures + single.Failures == 0 ? 0 : 1;

    async Task<(int Orders, double Seconds, double P50, double P99, int Failures, double AppCpu, double DbCpu)> RunAsync(string run, int orders, int size)
    {
        app.Refresh();
        var (appCpu, dbCpu) = (app.TotalProcessorTime, ClusterCpuSeconds(postmaster));
        var requests = Enumerable.Range(0, orders / size).Select(r => Enumerable.Range(r * size, size).Select(i => Order($"{run}-{i}", i)).ToList()).ToList();
        var latencies = new List<double>();
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < requests.Count)
            {
                var one = Stopwatch.StartNew();
                var ok = size == 1
                    ? await PostAsync(client, "/api/v1/orders", requests[mine][0])
                    : await PostAsync(client, "/api/v1/orders/batch", new { orders = requests[mine] });
                lock (latencies)
                {
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                    failures += ok ? 0 : 1;
                }
            }
        })));
        clock.Stop();
        latencies.Sort();
        app.Refresh();
        return (orders, clock.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), failures,
            (app.TotalProcessorTime - appCpu).TotalSeconds, ClusterCpuSeconds(postmaster) - dbCpu);
    }
}
finally
{
    if (app is { HasExited: false })
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    await database.DisposeAsync();
}

static object Order(string id, int i)
{
    var placed = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i % 10_000);
    return new Dictionary<string, object?>
    {
        ["external_id"] = id,
        ["number"] = $"B-{id}",
        ["buyer_external_id"] = $"buyer-{i % buyerCount}",
        ["seller_external_id"] = $"seller-{i % sellerCount}",
        ["currency"] = "USD",
        ["placed_at"] = placed,
        ["expected_delivery_at"] = placed.AddDays(14),
        ["assurance_covered"] = true,
        ["lines"] = new[] { new { product_name = "Ceramic mugs", category = "home-garden", quantity = 4, unit_price = 12.50m } },
        ["payment"] = new { reference = $"PAY-{id}", amount = 50.00m, paid_at = placed.AddHours(1) },
        ["shipment"] = new { carrier = "DHL", tracking_number = $"JD{i:D10}", shipped_at = placed.AddDays(1) },
    };
}

static async Task<bool> PostAsync(HttpClient client, string url, object body)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
    using var response = await client.SendAsync(request);
    if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
    {
        return true;
    }

    Console.WriteLine($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    return false;
}

static async Task<long> CountAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT count(*) FROM orders", connection);
    return (long)(await command.ExecuteScalarAsync())!;
}

// Where PostgreSQL's time went over the whole run (pg_stat_statements, loaded by the script when BENCH_SQL_STATS=1).
static async Task PrintStatementsAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    await using var command = new NpgsqlCommand(
        "SELECT calls, round(total_exec_time)::bigint, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15",
        connection);
    await using var reader = await command.ExecuteReaderAsync();
    Console.WriteLine("  PostgreSQL's time by statement (calls, total ms, rows, statement):");
    while (await reader.ReadAsync())
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {reader.GetInt64(0),8} {reader.GetInt64(1),8} {reader.GetInt64(2),9}  {reader.GetString(3)}"));
    }
}

static async Task AnalyzeAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("ANALYZE", connection);
    await command.ExecuteNonQueryAsync();
}

// The PostgreSQL cluster's process (the parent of every backend), found through one of its backends.
static async Task<int> PostmasterAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
    var backend = (int)(await command.ExecuteScalarAsync())!;
    return int.Parse(Stat(backend)[1], CultureInfo.InvariantCulture);
}

// CPU seconds the whole cluster used so far: the postmaster's own and its ended children's, plus every live child's.
static double ClusterCpuSeconds(int postmaster)
{
    var own = Stat(postmaster);
    var ticks = Ticks(own, 11, 12, 13, 14);
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && TryStat(pid) is { } child && int.Parse(child[1], CultureInfo.InvariantCulture) == postmaster)
        {
            ticks += Ticks(child, 11, 12);
        }
    }

    return ticks / 100.0;
}

static long Ticks(string[] stat, params int[] fields) => fields.Sum(f => long.Parse(stat[f], CultureInfo.InvariantCulture));

// /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime (clock ticks).
static string[] Stat(int pid) => TryStat(pid) ?? throw new InvalidOperationException($"No process {pid}.");

static string[]? TryStat(int pid)
{
    try
    {
        var text = File.ReadAllText($"/proc/{pid}/stat");
        return text[(text.LastIndexOf(')') + 2)..].Split(' ');
    }
    catch (IOException)
    {
        return null;
    }
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static long PeakRssMegabytes(int pid) =>
    File.ReadLines($"/proc/{pid}/status")
        .Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
        .Single();

static int Setting(string name, int fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
