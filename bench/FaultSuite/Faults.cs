using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Disputes.Timeline;
using DisputeCenter.Services.Integration.Clients;
using DisputeCenter.Services.Integration.Ingestion;
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
