using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Moderation.Cases;
using FluentValidation;

namespace DisputeCenter.Web.Areas.Moderation.Pages;

/// <summary>Decisions under appeal, each for a moderator other than the one who decided it.</summary>
public sealed class AppealsModel(
    ModerationQueueService queue, MediationService mediation, IValidator<ModerationQueueQuery> validator, TimeProvider clock)
    : ModerationQueuePageModel(queue, mediation, validator, clock)
{
    public override QueueStage CurrentStage => QueueStage.Appeals;
}
