using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using DisputeCenter.Bench;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.SubmitEvidence;
using DisputeCenter.Testing;
using Microsoft.Extensions.DependencyInjection;

// The case file of a dispute with 500 MB of evidence (videos of 200, 200 and 100 MB, and a chat record), downloaded as
// one ZIP through the real app on Kestrel: throughput on loopback, and how far the app's resident memory grows above
// its level before the download. The ZIP is saved to a temporary file and its SHA256SUMS checked against its entries.
const long megabyte = 1024 * 1024;
long[] videos = [200 * megabyte, 200 * megabyte, 100 * megabyte];
var webDll = Environment.GetEnvironmentVariable("BENCH_WEB_DLL")
    ?? throw new InvalidOperationException("Set BENCH_WEB_DLL to DisputeCenter.Web.dll (bench/case-bundle.sh does).");
var port = int.Parse(Environment.GetEnvironmentVariable("BENCH_PORT") ?? "5091", System.Globalization.CultureInfo.InvariantCulture);

var database = new DatabaseFixture();
await database.InitializeAsync();
var filed = await database.FileAsync();
var buyer = DisputeActor.Buyer(filed.Buyer.Id);
var seeding = Stopwatch.StartNew();
for (var i = 0; i < videos.Length; i++)
{
    var size = videos[i];
    await SubmitAsync(new IncomingFile($"unboxing-{i + 1}.mp4", EvidenceKind.Video, null, () => EvidenceFiles.Mp4Stream(size), size));
}

await SubmitAsync(new IncomingFile("chat.txt", EvidenceKind.ChatRecord, null, () => new MemoryStream(EvidenceFiles.Text())));
var evidenceBytes = videos.Sum() + EvidenceFiles.Text().Length;
Console.WriteLine($"evidence: {videos.Length + 1} files, {evidenceBytes / (double)megabyte:N1} MB, stored in {seeding.Elapsed.TotalSeconds:F1} s");

Process? app = null;
var saved = Path.Combine(Path.GetTempPath(), $"case-bundle-bench-{Guid.NewGuid():N}.zip");
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
    // Twice: the first download also loads PDFsharp, its fonts and the ZIP writer; the second shows the steady state.
    const double mb = megabyte;
    foreach (var round in new[] { "first", "second" })
    {
        await using var memory = new MemorySampler(app.Id);
        var baseline = memory.CurrentBytes();
        memory.Start();
        var download = Stopwatch.StartNew();
        long received;
        using (var response = await client.GetAsync($"/Disputes/{filed.DisputeId}/CaseFile", HttpCompletionOption.ResponseHeadersRead))
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The download failed: {response.StatusCode}");
            }

            await using var body = await response.Content.ReadAsStreamAsync();
            await using var file = File.Create(saved);
            await body.CopyToAsync(file, 1 << 20);
            received = file.Length;
        }

        download.Stop();
        var peak = memory.PeakBytes;
        var (entries, intact) = Verify(saved);
        Console.WriteLine($"{round} download: {received / mb:N1} MB in {entries} files, SHA256SUMS verified: {intact}, " +
            $"{download.Elapsed.TotalSeconds:F2} s = {received / mb / download.Elapsed.TotalSeconds:N1} MB/s");
        Console.WriteLine($"  app resident memory: {baseline / mb:N1} MB before, peak {peak / mb:N1} MB during: " +
            $"growth {(peak - baseline) / mb:N1} MB for {evidenceBytes / mb:N0} MB of evidence (goal: under 64 MB)");
    }
}
finally
{
    if (app is { HasExited: false })
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    File.Delete(saved);
    await database.DisposeAsync();
}

async Task SubmitAsync(IncomingFile file)
{
    var staged = await database.InScopeAsync(s => s.GetRequiredService<StageEvidenceService>()
        .StageAsync(filed.DisputeId, new EvidenceUploader(ActorKind.Buyer, buyer.UserId), [file]));
    if (!staged.Succeeded)
    {
        throw new InvalidOperationException(string.Join("; ", staged.Errors));
    }

    (await database.InScopeAsync(s => s.GetRequiredService<SubmitEvidenceService>().SubmitAsync(filed.DisputeId, buyer))).ThrowIfFailed();
}

// Every entry's SHA-256 recomputed from the saved ZIP, a buffer at a time, against the lines of its SHA256SUMS.
static (int Entries, bool Intact) Verify(string path)
{
    using var zip = ZipFile.OpenRead(path);
    var sums = new StreamReader(zip.GetEntry("SHA256SUMS")!.Open(), Encoding.ASCII).ReadToEnd()
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .ToDictionary(line => line[66..], line => line[..64], StringComparer.Ordinal);
    var intact = zip.Entries.Count == sums.Count + 1;
    foreach (var entry in zip.Entries.Where(e => e.FullName != "SHA256SUMS"))
    {
        using var content = entry.Open();
        intact &= sums.TryGetValue(entry.FullName, out var expected) && Convert.ToHexStringLower(SHA256.HashData(content)) == expected;
    }

    return (zip.Entries.Count, intact);
}
