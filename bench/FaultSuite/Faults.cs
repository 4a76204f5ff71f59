using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Ingestion;
using DisputeCenter.Services.Integration.Webhooks;
using DisputeCenter.Services.Notifications.Email;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FaultSuite;

public static class Faults
{
    /// <summary>A session and an antiforgery token issued by one instance are accepted by each of the others.</summary>
    public static async Task<bool> SessionsAcrossInstancesAsync(Farm farm, DatabaseFixture fixture)
    {
        var buyer = await fixture.Data.BuyerAsync("Farm Buyer");
        var accepted = 0;
        var tried = 0;
        foreach (var issuer in new[] { 1, 2, 3 })
        {
            using var client = new HttpClient(new BehindTlsProxyHandler());
            var login = await client.GetStringAsync(new Uri(farm.Instance(issuer), "/Identity/Account/Login"));
            var token = SiteClient.FormToken(login);
            var signIn = issuer % 3 + 1;
            using var signedIn = await client.PostAsync(new Uri(farm.Instance(signIn), "/Identity/Account/Login"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = buyer.Email!,
                ["Input.Password"] = TestData.Password,
                ["__RequestVerificationToken"] = token,
            }));
            tried++;
            accepted += signedIn.StatusCode == HttpStatusCode.Redirect ? 1 : 0;
            foreach (var reader in new[] { 1, 2, 3 })
            {
                // The session cookie from the sign-in instance, the form token of the page one instance served, posted to the next.
                using var page = await client.GetAsync(new Uri(farm.Instance(reader), "/Notifications"));
                tried++;
                if (page.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var formToken = SiteClient.FormToken(await page.Content.ReadAsStringAsync());
                using var posted = await client.PostAsync(new Uri(farm.Instance(reader % 3 + 1), "/Culture"), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["culture"] = "en",
                    ["timeZone"] = "Etc/UTC",
                    ["returnUrl"] = "/Notifications",
                    ["__RequestVerificationToken"] = formToken,
                }));
                tried++;
                accepted += posted.StatusCode == HttpStatusCode.Redirect ? 2 : 1;
            }
        }

        Console.WriteLine($"   {accepted} of {tried} cross-instance requests accepted (sign-in on another instance than the form, pages and posts on all three)");
        return accepted == tried;
    }

    /// <summary>200 decisions on one dispute at once, spread over the three instances: one decision, one refund.</summary>
    public static async Task<bool> ParallelDecisionsAsync(Farm farm, DatabaseFixture fixture)
    {
        var moderator = await fixture.Data.ModeratorAsync("Farm Moderator");
        var filed = await fixture.FileAsync(sellerName: "Farm Race Audio");
        await fixture.EscalateAndTakeAsync(filed, moderator.Id);
        var version = await fixture.VersionOfAsync(filed.DisputeId);
        var handler = new BehindTlsProxyHandler();
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) };
        client.BaseAddress = farm.Instance(1);
        await SiteClient.SignInAsync(client, moderator.Email!);
        var tokens = new Dictionary<int, string>();
        foreach (var n in new[] { 1, 2, 3 })
        {
            tokens[n] = SiteClient.FormToken(await client.GetStringAsync(new Uri(farm.Instance(n), $"/Moderation/Cases/{filed.DisputeId}")));
        }

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var n = (i % 3) + 1;
            using var response = await client.PostAsync(
                new Uri(farm.Instance(n), $"/Moderation/Cases/{filed.DisputeId}?handler=Decide"),
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Decide.Outcome"] = nameof(Outcome.PartialRefund),
                    ["Decide.Amount"] = (10 + (i % 50)).ToString(CultureInfo.InvariantCulture),
                    ["Decide.ReasonCode"] = "defect-proven",
                    ["Decide.Rationale"] = "The buyer's photos show the cracked ear cup; half the price is refunded.",
                    ["Decide.Citations"] = "claim",
                    ["Decide.SeenVersion"] = version.ToString(CultureInfo.InvariantCulture),
                    ["__RequestVerificationToken"] = tokens[n],
                }));
            return response.StatusCode;
        }));
        clock.Stop();

        var decisions = await fixture.WithDbAsync(db => db.Disputes.Where(d => d.Id == filed.DisputeId).SelectMany(d => d.Decisions).CountAsync());
        var refunds = await fixture.WithDbAsync(db => db.Refunds.CountAsync(r => EF.Property<Guid>(r, "DisputeId") == filed.DisputeId));
        var byStatus = string.Join(", ", responses.GroupBy(s => (int)s).OrderBy(g => g.Key).Select(g => $"{g.Count()} x {g.Key}"));
        Console.WriteLine($"   200 decisions in {clock.Elapsed.TotalSeconds:F1} s over 3 instances: {byStatus}; in the database: {decisions} decision(s), {refunds} refund(s)");
        return decisions == 1 && refunds == 1 && responses.Count(s => s == HttpStatusCode.Redirect) == 1 && responses.All(s => (int)s < 500);
    }

    /// <summary>
    /// 1,000 disputes whose seller missed the answer deadline; instance 1 is killed with SIGKILL while the sweepers of the
    /// three instances work through them. Every dispute escalates exactly once; none is lost.
    /// </summary>
    public static async Task<bool> KilledDuringSweepAsync(Farm farm, DatabaseFixture fixture)
    {
        var (_, seller) = await fixture.Data.SellerAsync("Farm Sweep Supplies");
        var buyer = await fixture.Data.BuyerAsync("Farm Sweep Buyer");
        var filedAt = DateTimeOffset.UtcNow - OverdueDisputes.SellerResponse - TimeSpan.FromMinutes(1);
        var clock = Stopwatch.StartNew();
        var ids = await fixture.WithDbAsync(db => OverdueDisputes.CreateAsync(db, buyer.Id, seller, 1000, filedAt));
        Console.WriteLine($"   1,000 overdue disputes written in {clock.Elapsed.TotalSeconds:F1} s");

        Task<int> EscalatedAsync() => fixture.WithDbAsync(db => db.Disputes.CountAsync(d => ids.Contains(d.Id) && d.Status == DisputeStatus.InMediation));
        var atKill = 0;
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60) && (atKill = await EscalatedAsync()) == 0)
        {
            await Task.Delay(10);
        }

        farm.Kill(1);
        Console.WriteLine($"   instance 1 killed with SIGKILL {waited.Elapsed.TotalSeconds:F2} s after the disputes fell due, at {atKill:N0} of 1,000 escalated");
        int escalated;
        var after = Stopwatch.StartNew();
        while ((escalated = await EscalatedAsync()) < 1000 && after.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(200);
        }

        var counts = await fixture.WithDbAsync(db => db.DisputeEvents
            .Where(e => ids.Contains(e.DisputeId) && e.Kind == DisputeEventKind.Escalated)
            .GroupBy(e => e.DisputeId).Select(g => g.Count()).ToListAsync());
        Console.WriteLine(
            $"   {escalated:N0} of 1,000 escalated {after.Elapsed.TotalSeconds:F1} s after the kill; escalation entries: {counts.Count:N0} disputes, " +
            $"{counts.Count(c => c > 1)} with more than one");
        await farm.ShellAsync("farm_start_instance 1 && farm_wait_ready 1 120");
        return escalated == 1000 && counts.Count == 1000 && counts.All(c => c == 1);
    }

    /// <summary>
    /// A 200 MB video upload to instance 3, which is killed with SIGKILL once 150 MB have gone: no evidence row, no chunk,
    /// no draft is left, and the next upload works.
    /// </summary>
    public static async Task<bool> KilledDuringUploadAsync(Farm farm, DatabaseFixture fixture)
    {
        const long size = 200L * 1024 * 1024;
        var filed = await fixture.FileAsync(sellerName: "Farm Upload Audio");
        Task<(int Items, long Chunks, long Orphans)> CountAsync() => fixture.WithOwnerDbAsync(async db =>
        {
            var items = await db.EvidenceItems.CountAsync(e => e.DisputeId == filed.DisputeId);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM evidence_items i WHERE i.id = c.evidence_id)) FROM evidence_chunks c";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (items, reader.GetInt64(0), reader.GetInt64(1));
        });
        var before = await CountAsync();
        var spool = Path.Combine(farm.Directory, "tmp", "instance-3");
        using var client = new HttpClient(new BehindTlsProxyHandler()) { BaseAddress = farm.Instance(3), Timeout = TimeSpan.FromMinutes(5) };
        await SiteClient.SignInAsync(client, filed.Buyer.Email!);

        var token = SiteClient.FormToken(await client.GetStringAsync($"/Disputes/{filed.DisputeId}/Evidence"));
        var sent = new TaskCompletionSource();
        var killedAfter = 0L;
        using (var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Video"), "kind" } })
        {
            var body = new SignallingStream(EvidenceFiles.Mp4Stream(size), 150L * 1024 * 1024, sent);
            var part = new StreamContent(body, 81920);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("video/mp4");
            form.Add(part, "files", "unboxing.mp4");
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/Disputes/{filed.DisputeId}/Evidence/Upload") { Content = form };
            var upload = client.SendAsync(request);
            await Task.WhenAny(sent.Task, upload);
            killedAfter = body.BytesRead;
            farm.Kill(3);
            try
            {
                using var response = await upload;
                Console.WriteLine($"   the upload answered {(int)response.StatusCode} before the kill");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
            }
        }

        var spooled = System.IO.Directory.GetFiles(spool, "disputecenter-upload-*");
        var after = await CountAsync();
        await farm.ShellAsync("farm_start_instance 3 && farm_wait_ready 3 120");
        var leftAfterRestart = System.IO.Directory.GetFiles(spool, "disputecenter-upload-*");
        await SiteClient.SignInAsync(client, filed.Buyer.Email!);
        var next = SiteClient.FormToken(await client.GetStringAsync($"/Disputes/{filed.DisputeId}/Evidence"));
        using var photo = new MultipartFormDataContent { { new StringContent(next), "__RequestVerificationToken" }, { new StringContent("Photo"), "kind" } };
        var image = new ByteArrayContent(EvidenceFiles.Png());
        image.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        photo.Add(image, "files", "after.png");
        using var retry = await client.PostAsync($"/Disputes/{filed.DisputeId}/Evidence/Upload", photo);
        var final = await CountAsync();
        var worked = retry.StatusCode == HttpStatusCode.Redirect && final.Items == before.Items + 1;
        Console.WriteLine(
            $"   killed after {killedAfter / (1024 * 1024):N0} MB of 200: evidence rows {before.Items} -> {after.Items}, chunks {before.Chunks:N0} -> {after.Chunks:N0} " +
            $"({after.Orphans} without a row); spool files left: {spooled.Length} at the kill, {leftAfterRestart.Length} after the restart; next upload {(worked ? "stored" : "FAILED")}");
        return after.Items == before.Items && after.Chunks == before.Chunks && after.Orphans == 0 && leftAfterRestart.Length == 0 && worked;
    }

    /// <summary>
    /// 20 disputes filed while a webhook endpoint listens on loopback. The first delivery is held unanswered and the
    /// instance sending it is killed with SIGKILL (it sent, and never recorded the answer): after the lease another
    /// instance sends it again. Every event arrives; a duplicate carries the same webhook-id, so the receiver can drop it.
    /// </summary>
    public static async Task<bool> KilledBetweenSendAndCommitAsync(Farm farm, DatabaseFixture fixture)
    {
        var admin = await fixture.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Farm Hook Admin");
        var client = await fixture.InScopeAsync(async s => (await s.GetRequiredService<IntegrationClientService>()
            .CreateAsync("Farm hooks", ApiScopes.All.ToArray(), admin.Id)).Value!);
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var (registered, refusal) = await fixture.InScopeAsync(s => s.GetRequiredService<WebhookService>()
            .RegisterAsync(client.ClientId, $"http://127.0.0.1:{port}/hooks", ["dispute.created"]));
        if (registered is null)
        {
            throw new InvalidOperationException(refusal!.Message);
        }

        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var held = new TaskCompletionSource<string>();
        var killed = new TaskCompletionSource();
        var receiving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var id = context.Request.Headers["webhook-id"] ?? "?";
                received.Enqueue(id);
                if (held.TrySetResult(id))
                {
                    // The first one is answered only after its sender is dead: it sent, and will never record the answer.
                    _ = Task.Run(async () =>
                    {
                        await killed.Task;
                        context.Response.Abort();
                    });
                    continue;
                }

                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        var filed = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            filed.Add((await fixture.FileAsync(sellerName: $"Farm Hook Supplies {i}")).DisputeId);
        }

        var heldId = await held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var sender = SenderOf(port);
        var instance = Enumerable.Range(1, 3).Single(n => farm.InstancePid(n) == sender);
        farm.Kill(instance);
        killed.SetResult();
        Console.WriteLine($"   delivery {heldId} held; instance {instance} (pid {sender}), which sent it, killed with SIGKILL");

        var events = (await fixture.WithDbAsync(db => db.ApiEvents.Where(e => filed.Contains(e.DisputeId) && e.Type == "dispute.created").ToListAsync()))
            .Select(e => e.PublicId).ToList();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90) && !events.All(e => received.Count(r => r == e) >= (e == heldId ? 2 : 1)))
        {
            await Task.Delay(250);
        }

        listener.Stop();
        await receiving;
        await farm.ShellAsync($"farm_start_instance {instance} && farm_wait_ready {instance} 120");
        var counts = events.ToDictionary(e => e, e => received.Count(r => r == e));
        var lost = counts.Count(c => c.Value == 0);
        var duplicated = counts.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        Console.WriteLine(
            $"   {events.Count} events, {received.Count} deliveries received in {clock.Elapsed.TotalSeconds:F1} s after the kill: {lost} lost, " +
            $"{duplicated.Count} delivered twice ({(duplicated.SequenceEqual([heldId]) ? "only the held one, with the same webhook-id" : string.Join(", ", duplicated))})");
        return events.Count == 20 && lost == 0 && duplicated.All(d => d == heldId) && counts[heldId] == 2;
    }

    /// <summary>
    /// 10 disputes filed, each emailing its seller through the outbox. The first of those emails is held unanswered at the
    /// SMTP server and the instance sending it is killed with SIGKILL: after the lease another instance sends it again.
    /// Every email arrives; a duplicate has the same Message-ID, so a mail system can drop it.
    /// </summary>
    public static async Task<bool> KilledBetweenEmailSendAndCommitAsync(Farm farm, DatabaseFixture fixture)
    {
        // Filing waits out the 3-day contact period on the suite's clock, and the e-mails are due at that clock's time:
        // a clock 40 days back keeps all ten in the farm's past, so its senders take them at once.
        var filed = new List<FiledDispute>();
        await using (var past = new FixtureHandle(DatabaseFixture.Attach(farm.AppConnection, farm.OwnerConnection, DateTimeOffset.UtcNow.AddDays(-40))))
        {
            for (var i = 0; i < 10; i++)
            {
                filed.Add(await past.Fixture.FileAsync(sellerName: $"Farm Mail Supplies {i}"));
            }
        }

        var sellers = filed.Select(f => f.SellerUser.Email!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        await using var smtp = new HoldingSmtpServer(farm.PortBase + 25, sellers);
        var (heldId, clientPort) = await smtp.Held.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var sender = SenderOf(farm.PortBase + 25, clientPort);
        var instance = Enumerable.Range(1, 3).Single(n => farm.InstancePid(n) == sender);
        farm.Kill(instance);
        smtp.Release();
        Console.WriteLine($"   email <{heldId}> held at the SMTP server; instance {instance} (pid {sender}), which sent it, killed with SIGKILL");

        var addresses = sellers.ToList();
        var expected = await fixture.WithDbAsync(db => db.OutboxEmails.CountAsync(e => addresses.Contains(e.ToAddress)));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90) && (smtp.Received.Distinct().Count() < expected || smtp.Received.Count(r => r == heldId) < 2))
        {
            await Task.Delay(250);
        }

        await farm.ShellAsync($"farm_start_instance {instance} && farm_wait_ready {instance} 120");
        var counts = smtp.Received.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var duplicated = counts.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        Console.WriteLine(
            $"   {counts.Count} of the {expected} emails to the sellers received ({smtp.Received.Count} messages) {clock.Elapsed.TotalSeconds:F1} s after the kill; " +
            $"{duplicated.Count} received twice ({(duplicated.SequenceEqual([heldId]) ? "only the held one, with the same Message-ID" : string.Join(", ", duplicated))})");
        return counts.Count >= expected && duplicated.All(d => d == heldId) && counts.GetValueOrDefault(heldId) == 2;
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    /// <summary>
    /// The process whose connection to the receiver's <paramref name="port"/> is open (from <paramref name="clientPort"/>,
    /// when given), read from <c>ss</c>.
    /// </summary>
    private static int SenderOf(int port, int? clientPort = null)
    {
        var filter = clientPort is { } from ? $"dst 127.0.0.1:{port} and sport = :{from}" : $"dst 127.0.0.1:{port}";
        var start = new ProcessStartInfo("ss", ["-tnpH", "state", "established", filter])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = System.Text.RegularExpressions.Regex.Match(output, @"pid=(?<pid>\d+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"No sender found: {output}");
    }

    /// <summary>
    /// Orders pushed over the API by 4 writers through nginx while the primary is stopped for 10 s: every order answered
    /// 2xx is in the database afterwards; /health/ready says 503 within 5 s and 200 within 5 s of the database's return.
    /// </summary>
    public static async Task<bool> DatabaseDownAsync(Farm farm, DatabaseFixture fixture)
    {
        var admin = await fixture.Data.UserAsync(DisputeCenter.Services.Accounts.Roles.Administrator, "Farm Admin");
        var key = await fixture.InScopeAsync(async s => (await s.GetRequiredService<IntegrationClientService>()
            .CreateAsync("Farm marketplace", ApiScopes.All.ToArray(), admin.Id)).Value!);
        using var api = farm.TlsClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Secret);
        var run = Guid.NewGuid().ToString("N")[..8];
        (await api.PostAsJsonAsync("/api/v1/buyers", new { external_id = $"fb-{run}", email = $"fb-{run}@buyers.example", display_name = "Farm API Buyer" })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/v1/sellers", new
        {
            external_id = $"fs-{run}",
            email = $"fs-{run}@sellers.example",
            display_name = "Farm API Seller",
            business_name = $"Farm {run} Trading",
            address = "1 Harbour Road, Ningbo",
            country = "CN",
            registration_number = $"REG-{run}",
        })).EnsureSuccessStatusCode();

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var placed = DateTimeOffset.UtcNow.AddDays(-3);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = $"fo-{run}-{w}-{i}";
                try
                {
                    using var response = await api.PostAsJsonAsync("/api/v1/orders", new Dictionary<string, object?>
                    {
                        ["external_id"] = id,
                        ["number"] = $"FM-{run}-{w}-{i}",
                        ["buyer_external_id"] = $"fb-{run}",
                        ["seller_external_id"] = $"fs-{run}",
                        ["currency"] = "USD",
                        ["placed_at"] = placed,
                        ["expected_delivery_at"] = placed.AddDays(10),
                        ["assurance_covered"] = true,
                        ["lines"] = new[] { new { product_name = "Ceramic mugs", category = "home-garden", quantity = 4, unit_price = 25m } },
                    });
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged.Add(id);
                    }
                    else
                    {
                        failures.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, c) => c + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate(e.GetType().Name, 1, (_, c) => c + 1);
                }
            }
        })).ToList();

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        async Task<bool> ReadyAsync()
        {
            try
            {
                using var response = await probe.GetAsync(new Uri(farm.Instance(2), "/health/ready"));
                return response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var before = acknowledged.Count;
        await farm.ShellAsync("pg_stop \"$FARM_DIR/primary\"");
        var down = Stopwatch.StartNew();
        TimeSpan? notReady = null;
        while (down.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (notReady is null && !await ReadyAsync())
            {
                notReady = down.Elapsed;
            }

            await Task.Delay(100);
        }

        await farm.ShellAsync("PG_EXTRA_OPTS='-c wal_level=replica -c max_wal_senders=10 -c max_replication_slots=10 -c hot_standby=on' pg_start \"$FARM_DIR/primary\" \"$FARM_PRIMARY_PORT\" durable");
        var up = Stopwatch.StartNew();
        while (!await ReadyAsync() && up.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        var ready = up.Elapsed;
        var duringOutage = acknowledged.Count;
        await Task.Delay(TimeSpan.FromSeconds(5));
        stop.Cancel();
        await Task.WhenAll(writers);

        // The suite's own pooled connections to the primary died with it.
        Npgsql.NpgsqlConnection.ClearAllPools();
        var ids = acknowledged.ToList();
        // Each order counted by its stored row, not only by its id mapping.
        var stored = await fixture.WithDbAsync(db => db.ExternalIds
            .Where(e => e.Kind == ExternalKind.Order && ids.Contains(e.Value))
            .Join(db.Orders, e => e.InternalId, o => o.Id.ToString(), (e, o) => o.Id)
            .CountAsync());
        Console.WriteLine(
            $"   {ids.Count:N0} orders acknowledged ({before:N0} before the stop, {duringOutage - before:N0} from the stop until ready again); " +
            $"{stored:N0} of them in the database; refused: {(failures.IsEmpty ? "none" : string.Join(", ", failures.Select(f => $"{f.Value} x {f.Key}")))}");
        Console.WriteLine(
            $"   /health/ready: 503 {(notReady is { } t ? $"{t.TotalSeconds:F1} s" : "never")} after the stop; 200 again {ready.TotalSeconds:F1} s after the database started");
        return stored == ids.Count && notReady is { } seen && seen <= TimeSpan.FromSeconds(5) && ready <= TimeSpan.FromSeconds(5);
    }
}

/// <summary>Passes a stream through and completes <paramref name="signal"/> once <paramref name="after"/> bytes were read.</summary>
public sealed class SignallingStream(Stream inner, long after, TaskCompletionSource signal) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead >= after)
        {
            signal.TrySetResult();
        }

        return read;
    }
}
