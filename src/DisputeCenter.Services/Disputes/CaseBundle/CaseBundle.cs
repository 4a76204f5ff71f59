using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Orders.OrderDetails;

namespace DisputeCenter.Services.Disputes.CaseBundle;

/// <summary>An item of evidence in the bundle, and the name of its file in the ZIP (<c>evidence/…</c>).</summary>
public sealed record BundledEvidence(EvidenceItem Item, string EntryName)
{
    /// <summary>A photo of another party, sent without its location data: the file differs from the receipt's SHA-256.</summary>
    public bool LocationRemoved(DisputeActor viewer) => Item.Format == EvidenceFormat.Jpeg && Item.UploaderId != viewer.UserId;
}

/// <summary>
/// Everything one reader may take away of a case: its state and timeline, the order, the statements, and the evidence
/// that reader may see (the submitted items, and for moderators the hidden ones too; never another party's drafts or
/// anyone's unsubmitted files).
/// </summary>
public sealed record CaseBundle(
    DisputeActor Viewer,
    DisputeOverview Overview,
    OrderDetails Order,
    IReadOnlyList<CaseStatement> Statements,
    IReadOnlyList<BundledEvidence> Evidence,
    ChainVerification Chain,
    DateTimeOffset PreparedAt)
{
    /// <summary>The PDF's name in the ZIP.</summary>
    public const string DocumentName = "case-file.pdf";

    /// <summary>The manifest's name in the ZIP: <c>sha256sum -c SHA256SUMS</c> checks every other file.</summary>
    public const string ManifestName = "SHA256SUMS";

    public Dispute Dispute => Overview.Dispute;

    /// <summary>The ZIP's own name when downloaded: <c>case-{order number}.zip</c>, in safe characters.</summary>
    public string FileName => $"case-{BundleEntryNames.Safe(Dispute.OrderNumber, 40)}.zip";

    /// <summary>Where a decision's evidence citation is in this bundle; null when the reader may not see that item.</summary>
    public BundledEvidence? Cited(Citation citation) =>
        citation.Kind == CitationKind.Evidence ? Evidence.FirstOrDefault(e => e.Item.Id.ToString() == citation.Reference) : null;

    public IEnumerable<BundledEvidence> EvidenceOf(ActorKind side) => Evidence.Where(e => e.Item.UploadedBy == side);
}
