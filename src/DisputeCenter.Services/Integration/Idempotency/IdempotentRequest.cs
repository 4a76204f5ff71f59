namespace DisputeCenter.Services.Integration.Idempotency;

/// <summary>
/// A POST a client sent with an <c>Idempotency-Key</c>, as Stripe keeps them: the first request's response (status and
/// body) is kept for <see cref="IdempotencyStore.Retention"/>, and the same key with the same request gets it again
/// without the work being done twice.
/// </summary>
public sealed class IdempotentRequest
{
    public const int KeyMaxLength = 255;

    private IdempotentRequest()
    {
        Key = null!;
        Fingerprint = null!;
    }

    public Guid ClientId { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of the method, path and body: the same key with another request is refused.</summary>
    public byte[] Fingerprint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>While the first request runs, no other may take the key over; a request that died frees it at this time.</summary>
    public DateTimeOffset LockedUntil { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Null while the first request runs.</summary>
    public int? ResponseStatus { get; private set; }

    public string? ResponseContentType { get; private set; }

    public byte[]? ResponseBody { get; private set; }
}
