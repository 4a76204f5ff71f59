using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Evidence.Rules;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Evidence.Sniffing;
using DisputeCenter.Services.Evidence.Storage;

namespace DisputeCenter.Services.Evidence.StageEvidence;

/// <summary>
/// One file of a submission: peek at its head, sniff it, stream it to <paramref name="write"/> (the store, or a
/// spool) within its limit while the inspector watches, then stage it. Returns the refusal (the broken rule where one broke, so an API can name it), or null.
/// </summary>
internal sealed class EvidenceFileWriter(
    Func<Guid, Stream, long, CancellationToken, Task<StoredFile>> write, EvidenceSubmission submission)
{
    public EvidenceFileWriter(IEvidenceStore store, EvidenceSubmission submission)
        : this(store.WriteAsync, submission)
    {
    }

    public async Task<Result?> WriteAsync(IncomingFile file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = EvidenceFileName.Sanitise(file.OriginalName);
        await using var content = file.Open();
        var head = new byte[ContentSniffer.HeadLength];
        int headLength;
        try
        {
            headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }
        catch (IOException)
        {
            return Refusal(name, RefusalReasons.Interrupted);
        }

        var sniffed = ContentSniffer.Sniff(head.AsSpan(0, headLength), isWholeFile: headLength < head.Length);
        if (sniffed.IsEmpty)
        {
            return Result.Refused(new FileMustNotBeEmptyRule(name, 0));
        }

        if (sniffed.Format is not { } format)
        {
            return Refusal(name, sniffed.Refusal!);
        }

        var formatLimit = EvidenceLimits.MaxBytesFor(format);
        var maxBytes = Math.Min(formatLimit, submission.RemainingAllowance);
        if (file.Length is { } declared && declared > maxBytes)
        {
            return TooLarge(name, format, declared);
        }

        var id = Guid.CreateVersion7(now);
        var inspector = new ContentInspector(format);
        StoredFile stored;
        try
        {
            await using var upload = new InspectedUploadStream(head.AsMemory(0, headLength), content, inspector);
            stored = await write(id, upload, maxBytes, cancellationToken);
        }
        catch (EvidenceTooLargeException)
        {
            return TooLarge(name, format, size: null);
        }
        catch (IOException)
        {
            return Refusal(name, RefusalReasons.Interrupted);
        }

        if (inspector.Finish() is { } problem)
        {
            return Refusal(name, problem);
        }

        submission.Stage(id, file.Kind, file.Caption, file.OriginalName, format, stored.SizeBytes, stored.Sha256, now);
        return null;
    }

    /// <summary>"name.jpg: why", the why being one of <see cref="RefusalReasons"/>, translated on the page.</summary>
    private static Result Refusal(string name, string reason) => Result.Invalid([DomainText.Of($"{name}: {DomainText.Plain(reason)}")]);

    /// <summary>Over the format's limit, what the dispute has left or the uploader's staging quota, whichever was smallest.</summary>
    private Result TooLarge(string name, EvidenceFormat format, long? size)
    {
        var formatLimit = EvidenceLimits.MaxBytesFor(format);
        var remaining = submission.RemainingAllowance;
        var overFormat = size is { } known ? known > formatLimit : formatLimit <= remaining;
        if (overFormat)
        {
            return Result.Refused(new FileMustNotExceedFormatLimitRule(name, format, size ?? formatLimit + 1, sizeIsExact: size is not null));
        }

        return Result.Refused(submission.RemainingStagingQuota < submission.RemainingOnDispute
            ? new StagedEvidenceMustNotExceedAccountQuotaRule(name, EvidenceLimits.StagedPerAccountBytes - remaining, size ?? remaining + 1)
            : new DisputeEvidenceMustNotExceedTotalRule(name, EvidenceLimits.DisputeTotalBytes - remaining, size ?? remaining + 1));
    }
}
