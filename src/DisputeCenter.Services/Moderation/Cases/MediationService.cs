using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Disputes;

namespace DisputeCenter.Services.Moderation.Cases;

/// <summary>The moderator's work on an escalated case, and the parties' answers and appeals.</summary>
public sealed class MediationService(DisputeChangeRunner disputes, DecisionBasisQuery bases)
{
    public Task<Result> AssignAsync(Guid disputeId, string moderatorId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Moderator(moderatorId), (d, now) => d.AssignModerator(moderatorId, now), cancellationToken);

    public Task<Result> ReleaseAsync(Guid disputeId, string moderatorId, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, DisputeActor.Moderator(moderatorId), (d, now) => d.ReleaseModerator(moderatorId, now), cancellationToken);

    /// <summary>The assigned moderator asks one party for information, on the case as seen (<paramref name="seenVersion"/> timeline entries).</summary>
    public Task<Result<Guid>> RequestInformationAsync(
        Guid disputeId,
        string moderatorId,
        Party from,
        string what,
        DateTimeOffset dueAt,
        MissedRequestConsequence ifMissed,
        int seenVersion,
        CancellationToken cancellationToken = default) =>
        disputes.RunAsync(
            disputeId,
            DisputeActor.Moderator(moderatorId),
            (d, now) => d.RequestInformation(moderatorId, from, what, dueAt, ifMissed, seenVersion, now).Id,
            cancellationToken);

    public Task<Result> AnswerInformationAsync(Guid disputeId, DisputeActor party, string answer, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, party, (d, now) => d.AnswerInformationRequest(party.Party, party.UserId, answer, now), cancellationToken);

    /// <summary>
    /// The moderator's decision. The domain refuses it without a citation, with a citation from elsewhere, while an
    /// item of evidence is unopened by this moderator, with an inactive reason code, or when the case changed since.
    /// </summary>
    public async Task<Result<Guid>> DecideAsync(Guid disputeId, string moderatorId, DecideCommand command, CancellationToken cancellationToken = default)
    {
        var citations = command.Citations.Select(Citation.Parse).ToList();
        if (citations.Contains(null))
        {
            return Result<Guid>.From(Result.Invalid(["A citation could not be read; choose the cited items from the lists."]));
        }

        var basis = await bases.ForAsync(disputeId, moderatorId, citations!, command.SeenVersion, cancellationToken);
        return await disputes.RunAsync(
            disputeId,
            DisputeActor.Moderator(moderatorId),
            (d, now) =>
            {
                var money = command.Amount is { } value ? new Money(decimal.Round(value, Currency.Of(d.Currency).Decimals), d.Currency) : (Money?)null;
                return d.Decide(moderatorId, command.Outcome, money, command.ReasonCode, command.Rationale, basis, now).Id;
            },
            cancellationToken);
    }

    public Task<Result> AppealAsync(Guid disputeId, DisputeActor party, string newInformation, CancellationToken cancellationToken = default) =>
        disputes.RunAsync(disputeId, party, (d, now) => d.Appeal(party.Party, party.UserId, newInformation, now), cancellationToken);
}
