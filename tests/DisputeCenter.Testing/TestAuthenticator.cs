using OtpNet;

namespace DisputeCenter.Testing;

/// <summary>
/// The authenticator app of every test moderator and administrator: one known key (enrolled by <see cref="TestData"/>)
/// and the code an app would show for it now, computed by Otp.NET as a phone would (RFC 6238, 30 s, six digits).
/// </summary>
public static class TestAuthenticator
{
    public const string Key = "TESTAUTHENTICATORKEYFORSTAFF2345";

    public static string Code(string key = Key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
}
