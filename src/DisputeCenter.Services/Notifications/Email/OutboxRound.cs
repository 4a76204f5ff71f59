namespace DisputeCenter.Services.Notifications.Email;

/// <summary>What one round of the outbox did: how many emails it claimed, and how many of them went out.</summary>
public sealed record OutboxRound(int Claimed, int Sent);
