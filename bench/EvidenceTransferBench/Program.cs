using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using DisputeCenter.Bench;
using DisputeCenter.Testing;

// A 200 MB video through the real app on Kestrel: upload and download throughput on loopback, and how far the
// app's resident memory grows above its level before the transfer (the goal: under 64 MB).
const long size = 200L * 1024 * 1024;
var webDll = Environment.GetEnvironmentVariable("BENCH_WEB_DLL")
    ?? throw new InvalidOperationException("Set BENCH_WEB_DLL to DisputeCenter.Web.dll (bench/evidence-transfer.sh does).");
var port = int.Parse(Environment.GetEnvironmentVariable("BENCH_PORT") ?? "5090", System.Globalization.CultureInfo.InvariantCulture);

var database = new DatabaseFixture();
await database.InitializeAsync();
var filed = await database.FileAsync();
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
            ["Serilog__MinimumLevel__Default"] = "Warning",
        },
        WorkingDirectory = Path.GetDirectoryName(webDll)!,
        RedirectStandardOutput = true,
    })!;
    app.OutputDataReceived += (_, _) => { };
    app.BeginOutputReadLine();

    var site = new Uri($"http://127.0.0.1:{port}");
    using var client = BehindTlsProxyHandler.CreateClient(site, TimeSpan.FromMinutes(10));
    await SiteClient.WaitForReadyAsync(client);
    await SiteClient.SignInAsync(client, filed.Buyer.Email!);

    await using var memory = new MemorySampler(app.Id);
    var baseline = memory.CurrentBytes();
    memory.Start();

    var upload = Stopwatch.StartNew();
    var token = SiteClient.FormToken(await client.GetStringAsync($"/Disputes/{filed.DisputeId}/Evidence"));
    using (var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Video"), "kind" } })
    {
        var part = new StreamContent(EvidenceFiles.Mp4Stream(size), 81920);
        part.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(part, "files", "unboxing.mp4");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Disputes/{filed.DisputeId}/Evidence/Upload") { Content = form };
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Error", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Upload failed: {response.StatusCode}");
        }
    }

    upload.Stop();
    var afterUpload = memory.PeakBytes;
    var evidenceId = await database.WithDbAsync(db => Task.FromResult(db.EvidenceItems.Single(e => e.DisputeId == filed.DisputeId).Id));

    var download = Stopwatch.StartNew();
    long received = 0;
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    using (var response = await client.GetAsync($"/Evidence/{evidenceId}", HttpCompletionOption.ResponseHeadersRead))
    await using (var body = await response.Content.ReadAsStreamAsync())
    {
        var buffer = new byte[1 << 20];
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            received += read;
            hash.AppendData(buffer, 0, read);
        }
    }

    download.Stop();
    var stored = await database.WithDbAsync(db => Task.FromResult(db.EvidenceItems.Single(e => e.Id == evidenceId).Sha256));
    var intact = stored == Convert.ToHexStringLower(hash.GetHashAndReset()) && received == size;

    const double mb = 1024 * 1024;
    Console.WriteLine($"video: {size / mb:N0} MB, downloaded intact: {intact}");
    Console.WriteLine($"upload:   {upload.Elapsed.TotalSeconds,6:F2} s = {size / mb / upload.Elapsed.TotalSeconds,6:N1} MB/s");
    Console.WriteLine($"download: {download.Elapsed.TotalSeconds,6:F2} s = {size / mb / download.Elapsed.TotalSeconds,6:N1} MB/s");
    Console.WriteLine($"app resident memory: {baseline / mb:N1} MB before, peak {afterUpload / mb:N1} MB during upload, peak {memory.PeakBytes / mb:N1} MB overall");
    Console.WriteLine($"growth above the level before the transfer: {(memory.PeakBytes - baseline) / mb:N1} MB (goal: under 64 MB)");
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
