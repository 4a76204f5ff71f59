using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using DisputeCenter.Testing;
using Npgsql;
using SlowUploadsBench;

// 200 evidence uploads that send one byte a second, against the real app (Release, Production, Kestrel on loopback),
// while a signed-in buyer keeps reading the order list. Twice: with the shipped transfer rates (Kestrel drops a body
// slower than 240 B/s after 10 s), and with the minimum rate switched off, the worst case of clients that stay just
// inside whatever rate is set. Meanwhile pg_stat_activity is sampled: an upload must hold no connection while its body
// trickles in (each file is spooled to a temporary file and written in one short transaction once complete). The app's
// pool is cut to 20 connections: were an upload to hold one, the 21st would wait and the order list would time out.
const int slowUploads = 200;
const int poolSize = 20;
var measureFor = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("BENCH_SECONDS") ?? "30", CultureInfo.InvariantCulture));
var webDll = Environment.GetEnvironmentVariable("BENCH_WEB_DLL")
    ?? throw new InvalidOperationException("Set BENCH_WEB_DLL to DisputeCenter.Web.dll (bench/slow-uploads.sh does).");
var port = int.Parse(Environment.GetEnvironmentVariable("BENCH_PORT") ?? "5090", CultureInfo.InvariantCulture);

var database = new DatabaseFixture();
await database.InitializeAsync();
try
{
    var filed = await database.FileAsync();
    for (var i = 0; i < 40; i++)
    {
        await database.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: $"Bench product {i}", unitPrice: 10m + i, quantity: 1, deliveredDaysAgo: 1);
    }

    Console.WriteLine($"{slowUploads} uploads at 1 byte/s, the order list read by 4 clients for {measureFor.TotalSeconds:N0} s; app pool: {poolSize} connections");
    Console.WriteLine();
    Console.WriteLine("| run | Kestrel minimum body rate | slow uploads still open at the end | dropped by the server (median time) | order list req/s | p50 ms | p99 ms | errors | app connections max (active max) | idle in transaction max |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
    foreach (var (run, label, rate, uploads) in new[]
             {
                 ("baseline", "240 B/s after 10 s (shipped)", "240", 0),
                 ("slow uploads", "240 B/s after 10 s (shipped)", "240", slowUploads),
                 ("slow uploads", "off (worst case)", "0", slowUploads),
             })
    {
        var row = await RunAsync(database, filed, rate, uploads);
        Console.WriteLine($"| {run} | {label} | {row.Open} of {uploads} | {row.Dropped} ({row.DroppedAfter}) | {row.RequestsPerSecond:N0} | {row.P50:N1} | {row.P99:N1} | {row.Errors} | {row.MaxConnections} ({row.MaxActive}) | {row.MaxIdleInTransaction} |");
    }
}
finally
{
    await database.DisposeAsync();
}

async Task<Row> RunAsync(DatabaseFixture database, FiledDispute filed, string minRate, int slowUploads)
{
    using var app = Process.Start(new ProcessStartInfo("dotnet", [webDll, "--urls", $"http://127.0.0.1:{port}"])
    {
        UseShellExecute = false,
        Environment =
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__DisputeCenter"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = poolSize }.ConnectionString,
            ["ConnectionStrings__DisputeCenterOwner"] = database.OwnerConnectionString,
            ["Deadlines__SweeperEnabled"] = "false",
            ["Email__SenderEnabled"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Transfers__MinBytesPerSecond"] = minRate,
            // The concurrency caps would answer most of the 200 with 429 at once; raised, so that every one reaches the app.
            ["RateLimits__UploadsPerAccount"] = "1000",
            ["RateLimits__UploadsInAll"] = "1000",
            // Five sign-ins of one buyer from one address (the uploader and the four readers).
            ["RateLimits__SignInPerAccountAndAddress__Permits"] = "100",
        },
        WorkingDirectory = Path.GetDirectoryName(webDll)!,
        RedirectStandardOutput = true,
    })!;
    app.OutputDataReceived += (_, _) => { };
    app.BeginOutputReadLine();
    try
    {
        var site = new Uri($"http://127.0.0.1:{port}");
        var uploaderHandler = new BehindTlsProxyHandler();
        using var uploader = new HttpClient(uploaderHandler) { BaseAddress = site };
        await SiteClient.WaitForReadyAsync(uploader);
        await SiteClient.SignInAsync(uploader, filed.Buyer.Email!);
        var token = SiteClient.FormToken(await uploader.GetStringAsync($"/Disputes/{filed.DisputeId}/Evidence"));
        var cookies = uploaderHandler.CookieHeader(site);

        using var stop = new CancellationTokenSource();
        var started = Stopwatch.StartNew();
        var uploads = Enumerable.Range(0, slowUploads)
            .Select(i => SlowUploadAsync(port, filed.DisputeId, cookies, token, started, stop.Token))
            .ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));

        var sampling = SampleConnectionsAsync(database, stop.Token);
        var readers = Enumerable.Range(0, 4).Select(_ => ReadOrderListAsync(site, filed.Buyer.Email!, measureFor)).ToList();
        var read = await Task.WhenAll(readers);
        var latencies = read.SelectMany(r => r.Latencies).Order().ToList();
        var errors = read.Sum(r => r.Errors);
        var open = uploads.Count(u => !u.IsCompleted);
        await stop.CancelAsync();
        var (maxConnections, maxActive, maxIdleInTransaction) = await sampling;
        var ended = await Task.WhenAll(uploads);
        var dropped = ended.Where(e => e is not null).Select(e => e!.Value).Order().ToList();
        return new Row(
            open,
            dropped.Count,
            dropped.Count == 0 ? "–" : $"{dropped[dropped.Count / 2].TotalSeconds:N1} s",
            latencies.Count / measureFor.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            errors,
            maxConnections,
            maxActive,
            maxIdleInTransaction);
    }
    finally
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }
}

// Sends the headers and the first part of a multipart body, then one byte of a PNG a second. Null when still open at
// the end; otherwise how long after the start the server closed it.
static async Task<TimeSpan?> SlowUploadAsync(int port, Guid disputeId, string cookies, string token, Stopwatch started, CancellationToken stop)
{
    const string boundary = "bench-slow-upload";
    var png = EvidenceFiles.Png();
    var preamble = Encoding.ASCII.GetBytes(
        $"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPhoto\r\n" +
        $"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.png\"\r\nContent-Type: image/png\r\n\r\n");
    var ending = Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n");
    var head = Encoding.ASCII.GetBytes(
        $"POST /Disputes/{disputeId}/Evidence/Upload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Forwarded-Proto: https\r\n" +
        $"Origin: https://127.0.0.1:{port}\r\nCookie: {cookies}\r\nRequestVerificationToken: {token}\r\n" +
        $"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {preamble.Length + png.Length + ending.Length}\r\n\r\n");
    using var socket = new TcpClient();
    await socket.ConnectAsync("127.0.0.1", port, stop);
    var stream = socket.GetStream();
    await stream.WriteAsync(head, stop);
    await stream.WriteAsync(preamble, stop);
    var closed = ClosedAsync(stream);
    try
    {
        for (var i = 0; i < png.Length && !stop.IsCancellationRequested; i++)
        {
            await stream.WriteAsync(png.AsMemory(i, 1), stop);
            if (await Task.WhenAny(closed, Task.Delay(TimeSpan.FromSeconds(1), stop)) == closed)
            {
                return started.Elapsed;
            }
        }
    }
    catch (Exception e) when (e is IOException or SocketException)
    {
        return started.Elapsed;
    }
    catch (OperationCanceledException)
    {
    }

    return closed.IsCompleted ? started.Elapsed : null;
}

// Completes when the server answers or closes the connection.
static async Task ClosedAsync(NetworkStream stream)
{
    var buffer = new byte[256];
    try
    {
        // The first bytes of an answer (or none: closed) are enough; what it says does not matter here.
        _ = await stream.ReadAtLeastAsync(buffer, 1, throwOnEndOfStream: false);
    }
    catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
    {
    }
}

static async Task<(List<double> Latencies, int Errors)> ReadOrderListAsync(Uri site, string email, TimeSpan duration)
{
    using var client = BehindTlsProxyHandler.CreateClient(site);
    await SiteClient.SignInAsync(client, email);
    var latencies = new List<double>();
    var errors = 0;
    var until = Stopwatch.StartNew();
    while (until.Elapsed < duration)
    {
        var one = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync("/Orders");
            await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                errors++;
            }
        }
        catch (HttpRequestException)
        {
            errors++;
        }

        latencies.Add(one.Elapsed.TotalMilliseconds);
    }

    return (latencies, errors);
}

static async Task<(int Connections, int Active, int IdleInTransaction)> SampleConnectionsAsync(DatabaseFixture database, CancellationToken stop)
{
    var (connections, active, idleInTransaction) = (0, 0, 0);
    await using var owner = new NpgsqlConnection(database.OwnerConnectionString);
    await owner.OpenAsync(CancellationToken.None);
    while (!stop.IsCancellationRequested)
    {
        await using (var command = new NpgsqlCommand(
            "SELECT count(*)::int, count(*) FILTER (WHERE state = 'active')::int, count(*) FILTER (WHERE state LIKE 'idle in transaction%')::int " +
            "FROM pg_stat_activity WHERE usename = @login AND datname = current_database()", owner))
        {
            command.Parameters.AddWithValue("login", TestPostgres.ApplicationLogin);
            await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
            await reader.ReadAsync(CancellationToken.None);
            connections = Math.Max(connections, reader.GetInt32(0));
            active = Math.Max(active, reader.GetInt32(1));
            idleInTransaction = Math.Max(idleInTransaction, reader.GetInt32(2));
        }

        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    return (connections, active, idleInTransaction);
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

