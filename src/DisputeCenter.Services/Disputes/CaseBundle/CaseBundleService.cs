using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes.Timeline;
using DisputeCenter.Services.Evidence.ViewEvidence;
using DisputeCenter.Services.Moderation.Cases;
using DisputeCenter.Services.Orders.OrderDetails;

namespace DisputeCenter.Services.Disputes.CaseBundle;

/// <summary>
/// The whole case file as one ZIP, for a party or a moderator: the PDF the caller wrote from <see cref="GetAsync"/>'s
/// bundle, every evidence file the reader may see, and <c>SHA256SUMS</c>. Written straight to the output as it is read
/// from the store, one buffer at a time: nothing of the size of the evidence is ever held in memory.
/// </summary>
public sealed class CaseBundleService(
    DisputeOverviewService overviews,
    OrderDetailsService orders,
    EvidenceViewService evidence,
    DisputeTimelineService timelines,
    TimeProvider clock)
{
    private const int BufferSize = 256 * 1024;

    /// <summary>What goes into the bundle for <paramref name="viewer"/>; null when the dispute is missing or not theirs to see.</summary>
    public async Task<CaseBundle?> GetAsync(Guid disputeId, DisputeActor viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var overview = await overviews.GetAsync(disputeId, viewer, cancellationToken);
        if (overview is null)
        {
            return null;
        }

        var dispute = overview.Dispute;
        var order = viewer.Kind switch
        {
            ActorKind.Buyer => await orders.ForBuyerAsync(viewer.UserId, dispute.OrderId, cancellationToken),
            ActorKind.Seller => await orders.ForSellerAsync(viewer.UserId, dispute.OrderId, cancellationToken),
            _ => await orders.ForModeratorAsync(dispute.OrderId, cancellationToken),
        } ?? throw new InvalidOperationException($"The order of dispute {disputeId} is missing.");

        // What the evidence page lists as submitted for this viewer (drafts, even one's own, are not part of the case), in
        // the order it arrived, so that each download numbers the files alike.
        var items = (await evidence.ListAsync(disputeId, viewer, cancellationToken))
            .Where(e => e.Status != EvidenceStatus.Staged)
            .OrderBy(e => e.ReceivedAt)
            .ThenBy(e => e.Id)
            .ToList();
        var names = BundleEntryNames.For(items);
        return new CaseBundle(
            viewer,
            overview,
            order,
            CaseStatements.From(overview.Timeline),
            items.Select((item, i) => new BundledEvidence(item, names[i])).ToList(),
            await timelines.VerifyAsync(disputeId, cancellationToken),
            clock.GetUtcNow());
    }

    /// <summary>
    /// Writes the ZIP to <paramref name="output"/> (a response body: it need not seek): the PDF, each evidence file
    /// streamed from the store with its SHA-256 computed on the way, then the manifest of them all. Formats that are
    /// compressed already (photos, video, PDF) are stored as they are; text is deflated.
    /// </summary>
    public async Task WriteAsync(CaseBundle bundle, byte[] document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(document);
        var sums = new StringBuilder();
        var modified = bundle.PreparedAt;
        await using var body = new AsyncWriteThrough(output);
        await using (var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            using (var pdf = new MemoryStream(document, writable: false))
            {
                Sum(sums, CaseBundle.DocumentName, await CopyAsync(zip, CaseBundle.DocumentName, CompressionLevel.NoCompression, modified, pdf, cancellationToken));
            }

            foreach (var item in bundle.Evidence)
            {
                var file = await evidence.ReadForCopyAsync(item.Item, bundle.Viewer, cancellationToken)
                    ?? throw new InvalidOperationException($"Evidence {item.Item.Id} was listed for the reader but cannot be read by them.");
                await using (file.Content)
                {
                    var level = EvidenceFormatInfo.Of(item.Item.Format).Family == EvidenceFamily.Text ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
                    Sum(sums, item.EntryName, await CopyAsync(zip, item.EntryName, level, item.Item.ReceivedAt, file.Content, cancellationToken));
                }

                await body.FlushAsync(cancellationToken);
            }

            using var manifest = new MemoryStream(Encoding.ASCII.GetBytes(sums.ToString()), writable: false);
            await CopyAsync(zip, CaseBundle.ManifestName, CompressionLevel.Optimal, modified, manifest, cancellationToken);
        }

        await body.FlushAsync(cancellationToken);
    }

    /// <summary>A line of <c>sha256sum</c>'s own output: the hash, a space, <c>*</c> (read as binary), the name.</summary>
    private static void Sum(StringBuilder sums, string name, string sha256) => sums.Append(sha256).Append(" *").Append(name).Append('\n');

    /// <summary>Copies <paramref name="content"/> into a new entry one buffer at a time; returns the SHA-256 of what was written (lower-case hex).</summary>
    private static async Task<string> CopyAsync(
        ZipArchive zip, string name, CompressionLevel level, DateTimeOffset modified, Stream content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = modified;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var target = await entry.OpenAsync(cancellationToken);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
