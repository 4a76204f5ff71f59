namespace DisputeCenter.Services.Evidence.Storage;

/// <summary>Where evidence content lives, by evidence id. Content is streamed in and out, never held whole in memory.</summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store, counting and hashing as it goes. Throws
    /// <see cref="EvidenceTooLargeException"/> as soon as more than <paramref name="maxBytes"/> bytes arrive, without
    /// reading the rest. Joins the caller's database transaction, which is required.
    /// </summary>
    Task<StoredFile> WriteAsync(Guid evidenceId, Stream content, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>
    /// A read-only, seekable stream over the content from <paramref name="offset"/>, for <paramref name="length"/>
    /// bytes or to the end (for HTTP range requests). Throws <see cref="EvidenceContentNotFoundException"/> when there
    /// is no content for the id. Dispose it when done.
    /// </summary>
    Task<Stream> OpenReadAsync(Guid evidenceId, long offset = 0, long? length = null, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid evidenceId, CancellationToken cancellationToken = default);
}
