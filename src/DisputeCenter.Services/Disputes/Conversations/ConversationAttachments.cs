using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.Storage;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>
/// The files sent with a message: each goes through the evidence vault's checks (content sniffing, per-format
/// limits, at most 20 at once, 1 GB a conversation) and is streamed into its store. Runs inside the caller's
/// transaction, so a refused file keeps nothing of the message.
/// </summary>
internal sealed class ConversationAttachments(IEvidenceStore store)
{
    public async Task<(IReadOnlyList<ConversationAttachment> Files, DomainText? Refusal)> WriteAsync(
        Guid conversationId, EvidenceUploader uploader, IReadOnlyList<IncomingFile> files, long bytesAlready, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return ([], null);
        }

        EvidenceSubmission submission;
        try
        {
            submission = EvidenceSubmission.Start(conversationId, uploader, files.Count, bytesAlready);
        }
        catch (BusinessRuleValidationException refused)
        {
            return ([], refused.BrokenRule.Text);
        }

        var writer = new EvidenceFileWriter(store, submission);
        foreach (var file in files)
        {
            if (await writer.WriteAsync(file, now, cancellationToken) is { } refusal)
            {
                return ([], refusal.Messages[0]);
            }
        }

        return (submission.Items.Select(i => new ConversationAttachment(i.Id, i.OriginalName, i.Format, i.SizeBytes, i.Sha256)).ToList(), null);
    }
}
