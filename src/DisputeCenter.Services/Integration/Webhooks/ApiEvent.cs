namespace DisputeCenter.Services.Integration.Webhooks;

/// <summary>
/// One thing that happened, as the API tells it: written in the same transaction as the change itself (an outbox), then
/// listed over the API and fanned out to the webhook endpoints that want its <see cref="Type"/>.
/// </summary>
public sealed class ApiEvent
{
    public const int TypeMaxLength = 64;
    public const string IdPrefix = "evt_";

    private ApiEvent()
    {
        Type = null!;
        Data = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>Creation order, for the API's cursor: database-assigned, increasing.</summary>
    public long Position { get; private set; }

    /// <summary>What happened, such as <c>dispute.created</c> (see <see cref="ApiEventTypes"/>).</summary>
    public string Type { get; private set; }

    public Guid DisputeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The event's <c>data</c> object, as JSON.</summary>
    public string Data { get; private set; }

    /// <summary>When the sender made this event's deliveries; null until then.</summary>
    public DateTimeOffset? FannedOutAt { get; private set; }

    /// <summary>How clients name it: <c>evt_</c> and the id without dashes.</summary>
    public string PublicId => IdPrefix + Id.ToString("N");

    public void MarkFannedOut(DateTimeOffset now) => FannedOutAt ??= now;

    public static ApiEvent Create(string type, Guid disputeId, string data, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = type,
        DisputeId = disputeId,
        CreatedAt = now,
        Data = data,
    };
}
