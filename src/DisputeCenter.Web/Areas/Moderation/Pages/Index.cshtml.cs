using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Moderation.Cases;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace DisputeCenter.Web.Areas.Moderation.Pages;

/// <summary>The queue of escalated cases waiting on the platform, or (stage=AwaitingInformation) on a party's answer.</summary>
public sealed class IndexModel(
    ModerationQueueService queue, MediationService mediation, IValidator<ModerationQueueQuery> validator, TimeProvider clock)
    : ModerationQueuePageModel(queue, mediation, validator, clock)
{
    [BindProperty(SupportsGet = true, Name = "stage")]
    public QueueStage Stage { get; set; } = QueueStage.Mediation;

    public override QueueStage CurrentStage => Stage == QueueStage.AwaitingInformation ? QueueStage.AwaitingInformation : QueueStage.Mediation;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraFilters =>
        [new("stage", CurrentStage == QueueStage.Mediation ? null : CurrentStage.ToString())];
}
