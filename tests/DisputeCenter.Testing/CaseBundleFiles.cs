using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace DisputeCenter.Testing;

/// <summary>A downloaded case bundle opened as its reader would: the files in it, and its SHA256SUMS checked two ways.</summary>
public sealed class CaseBundleFiles
{
    private CaseBundleFiles(IReadOnlyList<string> names, IReadOnlyDictionary<string, byte[]> files)
    {
        Names = names;
        Files = files;
    }

    /// <summary>The entries' names in the order the ZIP holds them.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public IEnumerable<string> Evidence => Names.Where(n => n.StartsWith("evidence/", StringComparison.Ordinal));

    /// <summary>The manifest's lines as (hash, name), the leading '*' (binary mode) taken off the name.</summary>
    public IReadOnlyList<(string Sha256, string Name)> Sums =>
        Encoding.ASCII.GetString(Files["SHA256SUMS"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (line[..64], line[66..]))
            .ToList();

    public string PdfText => Testing.PdfText.Extract(Files["case-file.pdf"]);

    public static CaseBundleFiles Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        var files = archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var bytes = new MemoryStream();
            content.CopyTo(bytes);
            return bytes.ToArray();
        }, StringComparer.Ordinal);
        return new CaseBundleFiles(names, files);
    }

    /// <summary>Each line of SHA256SUMS whose hash is not the SHA-256 of the file it names, and each file it does not name.</summary>
    public IReadOnlyList<string> SumProblems()
    {
        var problems = Sums
            .Where(s => !Files.TryGetValue(s.Name, out var file) || Convert.ToHexStringLower(SHA256.HashData(file)) != s.Sha256)
            .Select(s => $"{s.Name}: the sum does not match")
            .ToList();
        problems.AddRange(Names.Where(n => n != "SHA256SUMS" && Sums.All(s => s.Name != n)).Select(n => $"{n}: not in SHA256SUMS"));
        return problems;
    }

    /// <summary>Unpacks the ZIP into a temporary folder and runs <c>sha256sum -c SHA256SUMS</c> there: its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> CheckWithSha256SumAsync(byte[] zip)
    {
        var folder = Directory.CreateTempSubdirectory("case-bundle-");
        try
        {
            await ZipFile.ExtractToDirectoryAsync(new MemoryStream(zip, writable: false), folder.FullName);
            using var process = Process.Start(new ProcessStartInfo("sha256sum", ["-c", "SHA256SUMS"])
            {
                WorkingDirectory = folder.FullName,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output + errors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
