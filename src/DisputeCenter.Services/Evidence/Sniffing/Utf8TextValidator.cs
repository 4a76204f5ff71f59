using System.Buffers;
using System.Text;

namespace DisputeCenter.Services.Evidence.Sniffing;

/// <summary>
/// Checks, piece by piece as a file streams past, that it is UTF-8 text: valid sequences (also across the pieces'
/// edges), no NUL and no control characters other than tab, line breaks, form feed, escape and DOS's end-of-file.
/// </summary>
internal sealed class Utf8TextValidator
{
    private static readonly SearchValues<byte> Forbidden = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _scratch = new char[4096];

    public bool IsValid { get; private set; } = true;

    public bool Append(ReadOnlySpan<byte> bytes)
    {
        if (!IsValid)
        {
            return false;
        }

        if (bytes.ContainsAny(Forbidden))
        {
            return IsValid = false;
        }

        return Decode(bytes, flush: false);
    }

    /// <summary>The end of the text: a multi-byte sequence cut off at the end makes it invalid.</summary>
    public bool Finish() => IsValid && Decode([], flush: true);

    private bool Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            do
            {
                _decoder.Convert(bytes, _scratch, flush, out var used, out _, out _);
                bytes = bytes[used..];
            }
            while (!bytes.IsEmpty);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return IsValid = false;
        }
    }
}
