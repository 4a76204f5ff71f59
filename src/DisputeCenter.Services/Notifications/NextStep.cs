using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using static DisputeCenter.Services.Notifications.NotificationWording;

namespace DisputeCenter.Services.Notifications;

/// <summary>What comes next for one party, from the domain's own pending actions, with the deadline if they must act.</summary>
internal static class NextStep
{
    public static (IReadOnlyList<DomainText> Paragraphs, DateTimeOffset? DueAt) For(Dispute dispute, Party party, DateTimeOffset now)
    {
        var actions = dispute.PendingActions(now);
        var actor = party == Party.Buyer ? ActorKind.Buyer : ActorKind.Seller;
        if (actions.FirstOrDefault(a => a.Actor == actor) is { } mine)
        {
            return ([Say($"What you can do now: {mine.What}"), Say($"Due by {mine.DueAt}. If nothing happens by then: {mine.IfMissed}")], mine.DueAt);
        }

        if (!dispute.IsOpen)
        {
            return ([Say($"The dispute is closed; nothing more is needed from you.")], null);
        }

        return (actions.Count > 0 ? actions[0] : null) switch
        {
            { Actor: ActorKind.Moderator } => ([Say($"Next: a moderator reviews both sides. You will be told here when they ask you for something or decide.")], null),
            { } other => ([Say($"Next: the {PartyName(other.Actor)} has until {other.DueAt} to act. You will be told here what happens.")], null),
            _ => ([Say($"Nothing is needed from you now. You will be told here when something happens.")], null),
        };
    }
}
