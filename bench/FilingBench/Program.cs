using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DisputeCenter.Testing;
using Npgsql;

// Disputes filed through the real app on Kestrel, each with a 5 MB photo, by concurrent buyers over loopback: the
// form's own submit (antiforgery token, multipart, same origin), answered with the redirect to the new dispute.
// Prints filings a second, MB a second, latency, and checks that every acknowledged filing is in the database
// with its evidence. The goal (issue 18): at least 100 filings a second.
var webDll = Environment.GetEnvironmentVariable("BENCH_WEB_DLL")
    ?? throw new InvalidOperationException("Set BENCH_WEB_DLL to DisputeCenter.Web.dll (bench/filing.sh does).");
var port = Setting("BENCH_PORT", 5092);
var clients = Setting("BENCH_CLIENTS", 16);
var filingsPerClient = Setting("BENCH_FILINGS", 800) / clients;
var evidenceBytes = Setting("BENCH_EVIDENCE_BYTES", 5 * 1024 * 1024);
// A JPEG's body is compressed data: random bytes stand for it (a repeating pattern would let PostgreSQL compress it).
var photo = EvidenceFiles.Concat([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8], RandomNumberGenerator.GetBytes(evidenceBytes - 13), [0xFF, 0xD9]);
var firstRefusal = 0;

var database = new DatabaseFixture();
await database.InitializeAsync();

// Orders delivered two days before a seller contact four days ago: the contact period is over, the filing window open.
database.Clock.SetUtcNow(TimeProvider.System.GetUtcNow().AddDays(-4));
var (_, seller) = await database.Data.SellerAsync("Benchmark Supplies Ltd");
var buyers = new List<(string Email, List<Guid> Orders)>();
for (var c = 0; c < clients; c++)
{
    var buyer = await database.Data.BuyerAsync($"Bench Buyer {c}");
    var orders = new List<Guid>();
    for (var i = 0; i <= filingsPerClient; i++)
    {
        var order = await database.Data.OrderAsync(buyer.Id, seller.Id, product: "Headphones", unitPrice: 50m, quantity: 2, deliveredDaysAgo: 2);
        await database.ContactSellerAsync(buyer.Id, order.Id);
        orders.Add(order.Id);
    }

    buyers.Add((buyer.Email!, orders));
}

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
            ["Serilog__MinimumLevel__Default"] = "Warning",
        },
        WorkingDirectory = Path.GetDirectoryName(webDll)!,
        RedirectStandardOutput = true,
    })!;
    app.OutputDataReceived += (_, _) => { };
    app.BeginOutputReadLine();

    var site = new Uri($"http://127.0.0.1:{port}");
    var buyerClients = new List<(HttpClient Client, string Token, List<Guid> Orders)>();
    foreach (var (email, orders) in buyers)
    {
        var client = BehindTlsProxyHandler.CreateClient(site, TimeSpan.FromMinutes(2));
        await SiteClient.WaitForReadyAsync(client);
        await SiteClient.SignInAsync(client, email);
        var token = SiteClient.FormToken(await client.GetStringAsync($"/Disputes/New?orderId={orders[0]}"));
        buyerClients.Add((client, token, orders));
    }

    // One filing per buyer first, unmeasured: the JIT and the pools settle.
    await Task.WhenAll(buyerClients.Select(b => FileAsync(b.Client, b.Token, b.Orders[0])));

    var latencies = new List<double>();
    var failures = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(buyerClients.Select(b => Task.Run(async () =>
    {
        foreach (var order in b.Orders.Skip(1))
        {
            var one = Stopwatch.StartNew();
            var ok = await FileAsync(b.Client, b.Token, order);
            lock (latencies)
            {
                latencies.Add(one.Elapsed.TotalMilliseconds);
                failures += ok ? 0 : 1;
            }
        }
    })));
    clock.Stop();

    var filed = latencies.Count - failures;
    var (disputes, evidence, stored) = await CountAsync(database.ConnectionString);
    latencies.Sort();
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Filing a dispute with a {evidenceBytes / 1024.0 / 1024:F0} MB photo, {clients} buyers at once, {latencies.Count} filings measured (after {clients} unmeasured):
          filings a second   {filed / seconds:F1}   (goal: at least 100)
          evidence MB a second {filed * (evidenceBytes / 1024.0 / 1024) / seconds:F0}
          latency p50 {Percentile(latencies, 0.50):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms
          refused or failed  {failures}
          in the database    {disputes} disputes, {evidence} evidence files, {stored / 1024.0 / 1024:F0} MB stored (expected {filed + clients}, {filed + clients}, {(filed + clients) * (evidenceBytes / 1024.0 / 1024):F0} MB)
          app peak RSS       {PeakRssMegabytes(app.Id)} MB
        """));
    return disputes == filed + clients && evidence == filed + clients && failures == 0 ? 0 : 1;
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

// The form's one-step submit: every field of the filing and the photo in one multipart post.
async Task<bool> FileAsync(HttpClient client, string token, Guid orderId)
{
    using var form = new MultipartFormDataContent
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent(Guid.CreateVersion7().ToString()), "Input.DisputeId" },
        { new StringContent("NotAsDescribed"), "Input.Reason" },
        { new StringContent(DisputeFlow.Description), "Input.Description" },
        { new StringContent("100.00"), "Input.AmountClaimed" },
        { new StringContent("FullRefund"), "Input.Remedy" },
        { new StringContent("Photo"), "FilesKind" },
        { new StringContent("review"), "Step" },
    };
    var part = new ByteArrayContent(photo);
    part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
    form.Add(part, "files", "cracked-ear-cup.jpg");
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/Disputes/New?orderId={orderId}&handler=Submit") { Content = form };
    request.Headers.Add("Origin", BehindTlsProxyHandler.AsSeenByBrowser(client.BaseAddress!).GetLeftPart(UriPartial.Authority));
    using var response = await client.SendAsync(request);
    if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Evidence", StringComparison.Ordinal) == true)
    {
        return true;
    }

    if (Interlocked.Exchange(ref firstRefusal, 1) == 0)
    {
        var body = await response.Content.ReadAsStringAsync();
        var errors = body.IndexOf("error-summary", StringComparison.Ordinal) is var at and >= 0 ? body.Substring(at, Math.Min(600, body.Length - at)) : body[..Math.Min(600, body.Length)];
        Console.WriteLine($"First refused filing: {(int)response.StatusCode} {response.Headers.Location}\n{errors}");
    }

    return false;
}

static async Task<(long Disputes, long Evidence, long Bytes)> CountAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        "SELECT (SELECT count(*) FROM disputes), count(*), coalesce(sum(size_bytes), 0)::bigint FROM evidence_items", connection);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static long PeakRssMegabytes(int pid) =>
    File.ReadLines($"/proc/{pid}/status")
        .Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
        .Single();

static int Setting(string name, int fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
