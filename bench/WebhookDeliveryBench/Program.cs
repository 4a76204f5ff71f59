using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Npgsql;

// Webhook delivery from the real app (Release, Production, its own background sender) to a receiver on loopback in this
// process: BENCH_EVENTS events are put in the outbox at once, as a burst of disputes would; the receiver checks every
// signature with its own HMAC (the Standard Webhooks scheme) and counts each event id once. Prints deliveries a second,
// the lag from the event's creation to its arrival, and duplicates and bad signatures (both must be 0).
var webDll = Environment.GetEnvironmentVariable("BENCH_WEB_DLL")
    ?? throw new InvalidOperationException("Set BENCH_WEB_DLL to DisputeCenter.Web.dll (bench/webhook-delivery.sh does).");
var port = Setting("BENCH_PORT", 5094);
var events = Setting("BENCH_EVENTS", 5_000);
var batchSize = Setting("BENCH_WEBHOOK_BATCH", 50);

var database = new DatabaseFixture();
await database.InitializeAsync();
var key = await database.InScopeAsync(async services =>
{
    var admin = await database.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Bench Admin");
    return (await services.GetRequiredService<IntegrationClientService>().CreateAsync("Bench marketplace", ApiScopes.All.ToArray(), admin.Id)).Value!.Secret;
});

// The receiver: verifies, records the first arrival of each event id, answers 200.
var arrivals = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
var (duplicates, badSignatures) = (0, 0);
byte[]? secretBytes = null;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
var receiver = builder.Build();
receiver.MapPost("/hooks", async context =>
{
    using var reader = new StreamReader(context.Request.Body);
    var body = await reader.ReadToEndAsync();
    var id = context.Request.Headers["webhook-id"].ToString();
    var timestamp = context.Request.Headers["webhook-timestamp"].ToString();
    using var hmac = new HMACSHA256(secretBytes!);
    var expected = "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    if (!context.Request.Headers["webhook-signature"].ToString().Split(' ').Contains(expected, StringComparer.Ordinal))
    {
        Interlocked.Increment(ref badSignatures);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }

    if (!arrivals.TryAdd(id, DateTimeOffset.UtcNow))
    {
        Interlocked.Increment(ref duplicates);
    }
});
await receiver.StartAsync();
var receiverUrl = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/hooks";

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
            ["Webhooks__SendIntervalSeconds"] = "1",
            ["Webhooks__BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["Serilog__MinimumLevel__Default"] = "Warning",
        },
        WorkingDirectory = Path.GetDirectoryName(webDll)!,
        RedirectStandardOutput = true,
    })!;
    app.OutputDataReceived += (_, _) => { };
    app.BeginOutputReadLine();

    using var client = BehindTlsProxyHandler.CreateClient(new Uri($"http://127.0.0.1:{port}"), TimeSpan.FromMinutes(1));
    client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
    await SiteClient.WaitForReadyAsync(client);
    var registered = await client.PostAsJsonAsync("/api/v1/webhook-endpoints", new Dictionary<string, object>
    {
        ["url"] = receiverUrl,
        ["event_types"] = (string[])["dispute.created"],
    });
    registered.EnsureSuccessStatusCode();
    var secret = JsonDocument.Parse(await registered.Content.ReadAsStringAsync()).RootElement.GetProperty("secret").GetString()!;
    secretBytes = Convert.FromBase64String(secret["whsec_".Length..]);

    // One real dispute to hang the events on (its own event is older than the endpoint, so it is not sent), then the burst.
    var filed = await database.FileAsync();
    var created = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
    var clock = Stopwatch.StartNew();
    await using (var connection = new NpgsqlConnection(database.OwnerConnectionString))
    {
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO api_events (id, type, dispute_id, created_at, data)
            SELECT gen_random_uuid(), 'dispute.created', $1, now(), jsonb_build_object('dispute_id', $1, 'status', 'awaiting_seller', 'sequence', 1)
            FROM generate_series(1, $2)
            RETURNING id, created_at
            """,
            connection);
        insert.Parameters.AddWithValue(filed.DisputeId);
        insert.Parameters.AddWithValue(events);
        await using var rows = await insert.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            created["evt_" + rows.GetGuid(0).ToString("N")] = rows.GetFieldValue<DateTimeOffset>(1);
        }
    }

    var deadline = TimeSpan.FromMinutes(Setting("BENCH_TIMEOUT_MINUTES", 10));
    while (arrivals.Count < created.Count && clock.Elapsed < deadline)
    {
        await Task.Delay(100);
    }

    clock.Stop();
    var lags = arrivals.Where(a => created.ContainsKey(a.Key)).Select(a => (a.Value - created[a.Key]).TotalMilliseconds).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Webhook delivery, {created.Count} events in the outbox at once, one endpoint on loopback, sender batches of {batchSize}:
          {arrivals.Count / clock.Elapsed.TotalSeconds:F0} deliveries a second ({arrivals.Count} of {created.Count} arrived in {clock.Elapsed.TotalSeconds:F1} s)
          lag from the event to its arrival: p50 {Percentile(lags, 0.50):F0} ms, p99 {Percentile(lags, 0.99):F0} ms
          duplicates {duplicates}, bad signatures {badSignatures}
          app peak RSS {PeakRssMegabytes(app.Id)} MB
        """));
    return arrivals.Count == created.Count && duplicates == 0 && badSignatures == 0 ? 0 : 1;
}
finally
{
    if (app is { HasExited: false })
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    await receiver.StopAsync();
    await database.DisposeAsync();
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static long PeakRssMegabytes(int pid) =>
    File.ReadLines($"/proc/{pid}/status")
        .Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
        .Single();

static int Setting(string name, int fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
