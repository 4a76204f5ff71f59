using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using DisputeCenter.Testing;

namespace FaultSuite;

/// <summary>Where the farm's parts listen, as script/lib/farm.sh puts them.</summary>
public sealed record Farm(string Root, string Directory, int PortBase)
{
    public string AppConnection => $"Host=127.0.0.1;Port={PortBase};Database=disputecenter;Username=disputecenter_web";

    public string OwnerConnection => $"Host=127.0.0.1;Port={PortBase};Database=disputecenter;Username=postgres";

    public Uri Tls => new($"https://localhost:{PortBase + 43}");

    public Uri Instance(int n) => new($"http://127.0.0.1:{PortBase + 10 + n}");

    public static Farm FromEnvironment()
    {
        var root = Environment.GetEnvironmentVariable("FARM_ROOT") ?? System.IO.Directory.GetCurrentDirectory();
        var dir = Environment.GetEnvironmentVariable("FARM_DIR") ?? Path.Combine(root, ".data", "farm");
        var portBase = int.Parse(Environment.GetEnvironmentVariable("FARM_PORT_BASE") ?? "56400", CultureInfo.InvariantCulture);
        return new Farm(root, dir, portBase);
    }

    /// <summary>Runs one function of script/lib/farm.sh (e.g. "farm_start_instance 1").</summary>
    public async Task ShellAsync(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", $". script/lib/postgres.sh && . script/lib/farm.sh && pg_find_bin && {command}"])
        {
            WorkingDirectory = Root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["FARM_DIR"] = Directory;
        start.Environment["FARM_PORT_BASE"] = PortBase.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed: {await error}{await output}");
        }
    }

    public int InstancePid(int n) => int.Parse(File.ReadAllText(Path.Combine(Directory, "pids", $"instance-{n}.pid")).Trim(), CultureInfo.InvariantCulture);

    /// <summary>SIGKILL: the instance ends at once, with whatever it was doing half done.</summary>
    public void Kill(int n)
    {
        using var process = Process.GetProcessById(InstancePid(n));
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>A client that trusts exactly the farm's self-signed certificate.</summary>
    public HttpClient TlsClient()
    {
        var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Directory, "nginx", "farm.crt"));
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        return new HttpClient(handler) { BaseAddress = Tls, Timeout = TimeSpan.FromSeconds(60) };
    }
}

public sealed class FixtureHandle(DatabaseFixture fixture) : IAsyncDisposable
{
    public DatabaseFixture Fixture => fixture;

    public async ValueTask DisposeAsync() => await fixture.DisposeAsync();
}

