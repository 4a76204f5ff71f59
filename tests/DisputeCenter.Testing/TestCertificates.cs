using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DisputeCenter.Testing;

/// <summary>Self-signed certificates made for a test run: for HTTPS on loopback and for the Data Protection key encryption.</summary>
public static class TestCertificates
{
    /// <summary>A certificate for 127.0.0.1 and localhost with its private key, valid for a day.</summary>
    public static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Round-tripped through PKCS#12 so the private key is usable by TLS and by XML encryption on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>Writes <see cref="SelfSigned"/> as a .pfx (no password) to a new temporary file and returns its path.</summary>
    public static string WritePfx()
    {
        var path = Path.Combine(Path.GetTempPath(), $"disputecenter-test-{Guid.NewGuid():N}.pfx");
        using var certificate = SelfSigned();
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        return path;
    }
}
