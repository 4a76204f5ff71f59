using System.Diagnostics.Metrics;
using System.Net;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using DisputeCenter.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace DisputeCenter.Web.Tests;

/// <summary>
/// Sign-in and registration limited per client address, and sign-in per address and account: over a limit a 429 with
/// Retry-After and a page that says when to try again; a stranger's guessing never locks the account for its owner.
/// </summary>
public sealed class RateLimitTests : IClassFixture<DisputeCenterApp>
{
    private readonly DisputeCenterApp _app;
    private readonly LogCapture _log = new();

    // Derived from the class's app, which disposes it with itself.
    private readonly WebApplicationFactory<Program> _limited;

    public RateLimitTests(DisputeCenterApp app)
    {
        _app = app;
        _limited = app.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:SignInPerAddress:Permits", "8")
            .UseSetting("RateLimits:SignInPerAccountAndAddress:Permits", "4")
            .UseSetting("RateLimits:RegistrationPerAddress:Permits", "2")
            .ConfigureTestServices(services => services
                .AddSingleton<IStartupFilter, TestPeer>()
                .AddSingleton<ILogEventSink>(_log)));
    }

    [Fact]
    public async Task A_stranger_guessing_a_moderators_password_is_stopped_before_lockout_and_the_moderator_still_signs_in()
    {
        var moderator = await _app.Data.ModeratorAsync();
        using var stranger = Client("198.51.100.7");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var response = await stranger.SignInAsync(moderator.Email!, "guess number " + attempt);
            statuses.Add(response.StatusCode);
        }

        // Four guesses reach the password check (the form answers 200 with its message), then the source is refused.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var refused = await stranger.SignInAsync(moderator.Email!, TestData.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 15 * 60);
        Assert.Contains("Too many sign-in attempts for this account from here. Try again after", (await refused.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // The account is not locked: its owner, from their own address, signs in at once.
        using var owner = Client("203.0.113.50");
        using var signedIn = await owner.SignInAsync(moderator.Email!, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var user = await _app.Database.InScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(moderator.Email!));
        Assert.False(await _app.Database.InScopeAsync(s => s.GetRequiredService<UserManager<ApplicationUser>>().IsLockedOutAsync(user!)));

        // Each failure is in the log with the address and the account, never the password.
        var failures = _log.Lines.Where(l => l.Contains("Failed sign-in as", StringComparison.Ordinal) && l.Contains(moderator.Email!, StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 4, $"{failures.Count} of {_log.Lines.Count}: {string.Join('\n', _log.Lines.Where(l => l.Contains("sign-in", StringComparison.Ordinal)))}");
        Assert.All(failures, l => Assert.Contains("198.51.100.7", l, StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Lines, l => l.Contains("guess number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_address_trying_many_accounts_gets_a_429_page_in_its_language_with_retry_after()
    {
        using var sprayer = Client("198.51.100.99");
        sprayer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("af-ZA");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            using var response = await sprayer.SignInAsync($"victim{attempt}@example.test", "a guessed password");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // The ninth post of the form from this address: refused before the form is even read. (The form is fetched
        // once more here, which a GET may always do.)
        using var refused = await sprayer.SignInAsync("victim9@example.test", "a guessed password");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var page = await refused.ParseAsync();
        Assert.Equal("af-ZA", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(Translations.Afrikaans["Too many attempts"], page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // Another address is not affected.
        using var other = Client("198.51.100.100");
        Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync("victim1@example.test", "a guessed password")).StatusCode);
    }

    [Fact]
    public async Task Registration_is_limited_per_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var client = Client("198.51.100.150");
            using var response = await client.SubmitAsync("/Identity/Account/Register", "main form", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = "Rapid Registrar",
                ["Input.Email"] = $"rapid{attempt}@example.test",
                ["Input.Password"] = TestData.Password,
                ["Input.AccountType"] = "Buyer",
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_fourth_upload_at_once_from_one_account_is_refused_while_another_account_uploads()
    {
        var filed = await _app.Database.FileAsync();
        using var buyer = Client("198.51.100.200");
        await buyer.SignInAsync(filed.Buyer.Email!, TestData.Password);
        var token = await EvidenceUploads.TokenAsync(buyer, filed.DisputeId);
        var release = new TaskCompletionSource();
        using var leases = new ActiveLeases(_limited.Services.GetRequiredService<IMeterFactory>());
        var inFlight = Enumerable.Range(0, 3).Select(_ => buyer.PostAsync($"/Disputes/{filed.DisputeId}/Evidence/Upload", new TrickleContent(token!, release.Task))).ToList();
        await leases.ReachedAsync(3);

        using var fourth = await buyer.UploadAsync(filed.DisputeId, "Photo", token, ("d.png", new MemoryStream(EvidenceFiles.Png())));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("10", fourth.Headers.GetValues("Retry-After").Single());
        release.SetResult();
        foreach (var response in await Task.WhenAll(inFlight))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            response.Dispose();
        }

        // The slots are free again.
        using var later = await buyer.UploadAsync(filed.DisputeId, "Photo", token, ("e.png", new MemoryStream(EvidenceFiles.Png())));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    /// <summary>
    /// Counts the rate limiter's leases held at this moment in one host, from the middleware's own
    /// <c>aspnetcore.rate_limiting.active_request_leases</c> counter, so a test knows when requests hold their permits.
    /// </summary>
    private sealed class ActiveLeases : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Lock _gate = new();
        private readonly List<(long Count, TaskCompletionSource Reached)> _waiters = [];
        private long _count;

        public ActiveLeases(IMeterFactory host)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == host && instrument.Name == "aspnetcore.rate_limiting.active_request_leases")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, change, _, _) =>
            {
                lock (_gate)
                {
                    _count += change;
                    foreach (var waiter in _waiters.Where(waiter => _count >= waiter.Count))
                    {
                        waiter.Reached.TrySetResult();
                    }
                }
            });
            _listener.Start();
        }

        public Task ReachedAsync(long count)
        {
            lock (_gate)
            {
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (_count >= count)
                {
                    reached.SetResult();
                }

                _waiters.Add((count, reached));
                return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>A multipart upload whose token goes first and whose file waits until released.</summary>
    private sealed class TrickleContent : HttpContent
    {
        private const string Boundary = "trickle-boundary";
        private readonly string _token;
        private readonly Task _release;

        public TrickleContent(string token, Task release)
        {
            (_token, _release) = (token, release);
            Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{_token}\r\n"));
            await stream.FlushAsync();
            await _release;
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
                $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.png\"\r\nContent-Type: image/png\r\n\r\n"));
            await stream.WriteAsync(EvidenceFiles.Png());
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private HttpClient Client(string address)
    {
        var client = _limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = DisputeCenterApp.SiteAddress });
        client.DefaultRequestHeaders.Add(TestPeer.Header, address);
        return client;
    }
}
