using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes.Rules;
using DisputeCenter.Domain.Disputes.Timeline;

namespace DisputeCenter.Domain.Disputes;

public sealed partial class Dispute
{
    /// <summary>
    /// An administrator takes the case off <paramref name="moderatorId"/> (whose account was disabled) and returns it to
    /// the queue. An open information request stays open; once it is answered the case waits in the queue. In mediation,
    /// the platform's own clock for the next moderator starts again.
    /// </summary>
    public void UnassignModerator(string administratorId, string moderatorId, UnassignmentReason why, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(administratorId);
        CheckStatus("take this case off its moderator", DisputeStatus.InMediation, DisputeStatus.UnderAppeal, DisputeStatus.AwaitingInformation);
        CheckRule(new CaseMustBeWithTheModeratorRule(AssignedModeratorId, moderatorId));
        var utcNow = now.ToUniversalTime();
        AssignedModeratorId = null;
        AssignedAt = null;
        if (Status != DisputeStatus.AwaitingInformation)
        {
            NextDeadlineAt = utcNow + Deadlines.ModeratorAction;
        }

        Record(new TimelineEvent.ModeratorUnassigned(moderatorId, why), ActorKind.Administrator, administratorId, utcNow);
    }
}
