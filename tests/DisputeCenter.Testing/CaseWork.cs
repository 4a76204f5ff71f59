using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.SubmitEvidence;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Services.Moderation.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Testing;

/// <summary>Steps of a moderator's work on a case, through the real services.</summary>
public static class CaseWork
{
    /// <summary>A party stages one file and submits it; returns the item's id.</summary>
    public static async Task<Guid> SubmitEvidenceAsync(this DatabaseFixture fixture, Guid disputeId, DisputeActor party, string name, byte[] content)
    {
        var file = new IncomingFile(name, EvidenceKind.Photo, null, () => new MemoryStream(content, writable: false));
        var staged = await fixture.InScopeAsync(s => s.GetRequiredService<StageEvidenceService>()
            .StageAsync(disputeId, new EvidenceUploader(party.Kind, party.UserId), [file]));
        if (!staged.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", staged.Errors));
        }

        (await fixture.InScopeAsync(s => s.GetRequiredService<SubmitEvidenceService>().SubmitAsync(disputeId, party))).ThrowIfFailed();
        return staged.Value![0].Id;
    }

    /// <summary>The seller rejects, the buyer asks for mediation, and <paramref name="moderatorId"/> takes the case.</summary>
    public static async Task EscalateAndTakeAsync(this DatabaseFixture fixture, FiledDispute filed, string moderatorId)
    {
        (await fixture.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .SellerRejectAsync(filed.DisputeId, filed.SellerUser.Id, "The goods left our warehouse in perfect order."))).ThrowIfFailed();
        (await fixture.InScopeAsync(s => s.GetRequiredService<NegotiationService>()
            .RequestMediationAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)))).ThrowIfFailed();
        (await fixture.InScopeAsync(s => s.GetRequiredService<MediationService>().AssignAsync(filed.DisputeId, moderatorId))).ThrowIfFailed();
    }

    /// <summary>The moderator opens an item of evidence, as the file endpoint does.</summary>
    public static async Task OpenEvidenceAsync(this DatabaseFixture fixture, Guid evidenceId, string moderatorId)
    {
        var file = await fixture.InScopeAsync(s => s.GetRequiredService<EvidenceViewService>()
            .OpenAsync(evidenceId, _ => Task.FromResult<DisputeActor?>(DisputeActor.Moderator(moderatorId))));
        await using (file?.Content)
        {
            _ = file ?? throw new InvalidOperationException("The evidence could not be opened.");
        }
    }
}
