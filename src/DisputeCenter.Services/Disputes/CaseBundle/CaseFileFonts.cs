using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace DisputeCenter.Services.Disputes.CaseBundle;

/// <summary>
/// PDFsharp's fonts for the case file: DejaVu Sans (regular and bold) and DejaVu Sans Mono, embedded in this assembly
/// (Fonts/, with their licence), so the PDF looks the same on any machine, with or without fonts installed. PDFsharp's
/// core build finds no fonts by itself outside Windows.
/// </summary>
internal sealed class CaseFileFonts : IFontResolver
{
    public const string Sans = "DejaVu Sans";

    public const string Mono = "DejaVu Sans Mono";

    private static readonly ConcurrentDictionary<string, byte[]> Loaded = new(StringComparer.Ordinal);

    public static CaseFileFonts Instance { get; } = new();

    /// <summary>Every family asked for resolves to one of the three faces (italic is not used).</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(familyName.Contains("Mono", StringComparison.OrdinalIgnoreCase) ? "DejaVuSansMono" : bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName) => Loaded.GetOrAdd(faceName, static face =>
    {
        using var resource = typeof(CaseFileFonts).Assembly.GetManifestResourceStream($"CaseFileFonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The font {face} is not embedded in the service assembly.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    });
}
