namespace DisputeCenter.Services.Evidence.Storage;

/// <summary>
/// One piece (at most <see cref="PostgresEvidenceStore.ChunkSize"/> bytes) of a file's content. Mapped so that
/// migrations create its table; read and written only with raw SQL by <see cref="PostgresEvidenceStore"/>.
/// </summary>
internal sealed class EvidenceChunk
{
    private EvidenceChunk()
    {
        Data = null!;
    }

    public Guid EvidenceId { get; private set; }

    public int ChunkIndex { get; private set; }

    public byte[] Data { get; private set; }
}
