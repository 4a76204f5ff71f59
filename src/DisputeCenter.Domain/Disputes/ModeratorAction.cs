namespace DisputeCenter.Domain.Disputes;

/// <summary>What a moderator can do on a case; the case page offers exactly the ones <see cref="Dispute.ModeratorActions"/> allows now.</summary>
public enum ModeratorAction
{
    Take,
    Release,
    RequestInformation,
    Decide,
}
