using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;

namespace DisputeCenter.Services.Disputes.Mediation;

/// <summary>The moderator's work on an escalated case, and the parties' answers and appeals.</summary>
public sealed class MediationService(DisputeCommands disputes)
{
    public Task<CommandResult> AssignAsync(Guid disputeId, string moderatorId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Moderator(moderatorId), (d, now) => d.AssignModerator(moderatorId, now), cancellationToken);

    public Task<CommandResult> ReleaseAsync(Guid disputeId, string moderatorId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Moderator(moderatorId), (d, now) => d.ReleaseModerator(moderatorId, now), cancellationToken);

    public Task<CommandResult<Guid>> RequestInformationAsync(
        Guid disputeId, string moderatorId, Party from, string what, DateTimeOffset dueAt, MissedRequestConsequence ifMissed, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(
            disputeId, DisputeActor.Moderator(moderatorId), (d, now) => d.RequestInformation(moderatorId, from, what, dueAt, ifMissed, now).Id, cancellationToken);

    public Task<CommandResult> AnswerInformationAsync(Guid disputeId, DisputeActor party, string answer, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, party, (d, now) => d.AnswerInformationRequest(party.Party, party.UserId, answer, now), cancellationToken);

    /// <summary>The moderator's decision; the amount (in the dispute's currency) only where the outcome needs one.</summary>
    public Task<CommandResult<Guid>> DecideAsync(
        Guid disputeId, string moderatorId, Outcome outcome, decimal? amount, string reasonCode, string rationale, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(
            disputeId,
            DisputeActor.Moderator(moderatorId),
            (d, now) =>
            {
                var money = amount is { } value ? new Money(decimal.Round(value, Currency.Of(d.Currency).Decimals), d.Currency) : (Money?)null;
                return d.Decide(moderatorId, outcome, money, reasonCode, rationale, now).Id;
            },
            cancellationToken);

    public Task<CommandResult> AppealAsync(Guid disputeId, DisputeActor party, string newInformation, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, party, (d, now) => d.Appeal(party.Party, party.UserId, newInformation, now), cancellationToken);
}
