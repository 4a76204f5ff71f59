using System.Security.Cryptography;
using System.Text.Json;
using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Accounts.PersonalData;
using DisputeCenter.Services.Disputes;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.Negotiation;
using DisputeCenter.Services.Evidence.SubmitEvidence;
using DisputeCenter.Services.Tests.Evidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Accounts;

public sealed class PersonalDataExportTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string SellerStatement = "We tested the returned pair and the left cup was fine when it left us.";

    [Fact]
    public async Task A_buyers_export_holds_their_order_dispute_timeline_messages_and_evidence_metadata()
    {
        var (filed, evidence, attachment) = await DisputeWithEvidenceAsync();

        using var export = await ExportAsync(filed.Buyer.Id);
        var root = export.RootElement;

        Assert.Equal(filed.Buyer.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(["Buyer"], root.GetProperty("account").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sellerProfile").ValueKind);

        var order = Assert.Single(root.GetProperty("orders").EnumerateArray());
        Assert.Equal(filed.Order.Number, order.GetProperty("number").GetString());
        Assert.Equal("buyer", order.GetProperty("role").GetString());
        Assert.Equal(100m, order.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal("USD", order.GetProperty("total").GetProperty("currency").GetString());
        Assert.Equal("Headphones", Assert.Single(order.GetProperty("lines").EnumerateArray()).GetProperty("productName").GetString());
        Assert.EndsWith("Z", order.GetProperty("placedAt").GetString(), StringComparison.Ordinal);

        var dispute = Assert.Single(root.GetProperty("disputes").EnumerateArray());
        Assert.Equal(filed.DisputeId, dispute.GetProperty("id").GetGuid());
        Assert.Equal(DisputeFlow.Description, dispute.GetProperty("claim").GetString());
        var timeline = dispute.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal("filed", timeline[0].GetProperty("kind").GetString());
        Assert.True(timeline[0].GetProperty("byYou").GetBoolean());
        Assert.Contains(timeline, e => e.GetProperty("details").TryGetProperty("statement", out var s) && s.GetString() == SellerStatement);
        Assert.Contains(timeline, e => e.GetProperty("details").TryGetProperty("sha256", out var s) && s.GetString() == evidence.Sha256);

        var conversation = Assert.Single(root.GetProperty("conversations").EnumerateArray());
        Assert.Contains(conversation.GetProperty("messages").EnumerateArray(), m => m.GetProperty("body").GetString() == "Here is a photo of the crack.");

        var files = root.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Contains(files, f => f.GetProperty("fileName").GetString() == "cracked-cup.png" && f.GetProperty("sha256").GetString() == evidence.Sha256
            && f.GetProperty("uploadedByYou").GetBoolean() && f.GetProperty("disputeId").GetGuid() == filed.DisputeId);
        Assert.Contains(files, f => f.GetProperty("fileName").GetString() == "crack-closeup.jpg" && f.GetProperty("sha256").GetString() == attachment.Sha256
            && f.GetProperty("source").GetString() == "conversation");
    }

    [Fact]
    public async Task A_buyers_export_leaves_out_the_sellers_drafts_other_buyers_orders_and_their_notifications()
    {
        var (filed, _, _) = await DisputeWithEvidenceAsync();
        var sellerDraft = await StageAsync(filed.DisputeId, EvidenceUploader.Seller(filed.SellerUser.Id), "seller-draft.pdf", EvidenceFiles.Pdf());
        var otherBuyer = await db.Data.BuyerAsync();
        var otherOrder = await db.Data.OrderAsync(otherBuyer.Id, filed.Seller.Id, product: "Someone else's speaker");
        var sellersNotifications = await db.WithDbAsync(d => d.Notifications.Where(n => n.RecipientId == filed.SellerUser.Id).Select(n => n.Id).ToListAsync());

        var text = await ExportTextAsync(filed.Buyer.Id);
        using var export = JsonDocument.Parse(text);

        Assert.DoesNotContain(sellerDraft.Sha256, text, StringComparison.Ordinal);
        Assert.DoesNotContain("seller-draft.pdf", text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherOrder.Number, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", text, StringComparison.Ordinal);
        Assert.NotEmpty(sellersNotifications);
        Assert.All(sellersNotifications, id => Assert.DoesNotContain(id.ToString(), text, StringComparison.Ordinal));
        Assert.All(export.RootElement.GetProperty("notifications").EnumerateArray(), n => Assert.Equal("buyer", n.GetProperty("as").GetString()));

        var sellersOwn = await ExportTextAsync(filed.SellerUser.Id);
        Assert.Contains(sellerDraft.Sha256, sellersOwn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sellers_export_holds_the_orders_of_their_profile_as_seller_and_the_claims_against_them()
    {
        var filed = await db.FileAsync(sellerName: "Export Audio Ltd");
        var otherBuyer = await db.Data.BuyerAsync();
        var second = await db.Data.OrderAsync(otherBuyer.Id, filed.Seller.Id, product: "Speaker");
        var elsewhere = await db.Data.SellerAsync("Unrelated Traders");
        var notTheirs = await db.Data.OrderAsync(otherBuyer.Id, elsewhere.Seller.Id);

        using var export = await ExportAsync(filed.SellerUser.Id);
        var root = export.RootElement;

        Assert.Equal("Export Audio Ltd", root.GetProperty("sellerProfile").GetProperty("businessName").GetString());
        var orders = root.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(new[] { filed.Order.Number, second.Number }.Order(), orders.Select(o => o.GetProperty("number").GetString()).Order());
        Assert.All(orders, o => Assert.Equal("seller", o.GetProperty("role").GetString()));
        Assert.DoesNotContain(orders, o => o.GetProperty("number").GetString() == notTheirs.Number);
        var dispute = Assert.Single(root.GetProperty("disputes").EnumerateArray());
        Assert.Equal("seller", dispute.GetProperty("role").GetString());
        Assert.False(dispute.GetProperty("timeline")[0].GetProperty("byYou").GetBoolean());
    }

    [Fact]
    public async Task No_password_hash_security_stamp_or_token_reaches_the_export()
    {
        var (filed, _, _) = await DisputeWithEvidenceAsync();
        var secrets = await db.WithDbAsync(d => d.Users.Where(u => u.Id == filed.Buyer.Id)
            .Select(u => new { u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp }).SingleAsync());
        Assert.False(string.IsNullOrEmpty(secrets.PasswordHash));
        Assert.False(string.IsNullOrEmpty(secrets.SecurityStamp));

        using var export = await ExportAsync(filed.Buyer.Id);
        var values = StringsIn(export.RootElement).ToList();

        Assert.NotEmpty(values);
        Assert.DoesNotContain(values, v => v.Contains(secrets.PasswordHash!, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains(secrets.SecurityStamp!, StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains(secrets.ConcurrencyStamp!, StringComparison.Ordinal));
        var names = NamesIn(export.RootElement).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("email", names);
        Assert.DoesNotContain(names, n => n.Contains("password", StringComparison.OrdinalIgnoreCase)
            || n.Contains("stamp", StringComparison.OrdinalIgnoreCase) || n.Contains("token", StringComparison.OrdinalIgnoreCase)
            || n.Contains("authenticator", StringComparison.OrdinalIgnoreCase) || n.Contains("recovery", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Many_orders_are_written_to_the_stream_as_they_are_read_not_at_the_end()
    {
        var (sellerUser, seller) = await db.Data.SellerAsync("Bulk Goods Ltd");
        var buyer = await db.Data.BuyerAsync();
        var now = db.Clock.GetUtcNow();
        await db.WithDbAsync(async d =>
        {
            for (var i = 0; i < 400; i++)
            {
                d.Orders.Add(Order.Place(
                    Guid.NewGuid(), $"BULK-{Guid.NewGuid():N}"[..20], buyer.Id, seller.Id, "USD",
                    [new NewOrderLine("Bulk item " + i, "electronics", 1, new Money(5m, "USD"))], now.AddDays(-30), now.AddDays(-20), assuranceCovered: false));
            }

            return await d.SaveChangesAsync();
        });

        var output = new CountingStream();
        await db.InScopeAsync(s => s.GetRequiredService<PersonalDataExport>().WriteAsync(sellerUser.Id, output, CancellationToken.None));

        using var export = JsonDocument.Parse(output.ToArray());
        Assert.Equal(400, export.RootElement.GetProperty("orders").GetArrayLength());
        Assert.True(output.Writes >= 5, $"The export reached the stream in {output.Writes} writes.");
    }

    private async Task<(FiledDispute Filed, EvidenceItem Evidence, (string Name, string Sha256) Attachment)> DisputeWithEvidenceAsync()
    {
        var filed = await db.FileAsync();
        var photo = EvidenceFiles.Png(4100);
        var staged = await StageAsync(filed.DisputeId, EvidenceUploader.Buyer(filed.Buyer.Id), "cracked-cup.png", photo);
        (await db.InScopeAsync(s => s.GetRequiredService<SubmitEvidenceService>().SubmitAsync(filed.DisputeId, DisputeActor.Buyer(filed.Buyer.Id)))).ThrowIfFailed();
        (await db.InScopeAsync(s => s.GetRequiredService<NegotiationService>().SellerRespondAsync(filed.DisputeId, filed.SellerUser.Id, SellerStatement))).ThrowIfFailed();

        var closeup = EvidenceFiles.Jpeg(5200);
        var conversationId = await db.WithDbAsync(d => d.SellerConversations.Where(c => c.OrderId == filed.Order.Id).Select(c => c.Id).SingleAsync());
        (await db.InScopeAsync(s => s.GetRequiredService<SellerConversationService>().PostAsync(
            DisputeActor.Buyer(filed.Buyer.Id), conversationId, "Here is a photo of the crack.", [EvidenceVault.File("crack-closeup.jpg", closeup)]))).ThrowIfFailed();
        return (filed, staged, ("crack-closeup.jpg", Convert.ToHexStringLower(SHA256.HashData(closeup))));
    }

    private async Task<EvidenceItem> StageAsync(Guid disputeId, EvidenceUploader uploader, string name, byte[] content)
    {
        var staged = await db.StageAsync(disputeId, uploader, EvidenceVault.File(name, content));
        staged.ThrowIfFailed();
        var id = Assert.Single(staged.Value!).Id;
        var item = await db.WithDbAsync(d => d.EvidenceItems.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), item.Sha256);
        return item;
    }

    private async Task<JsonDocument> ExportAsync(string userId) => JsonDocument.Parse(await ExportTextAsync(userId));

    private async Task<string> ExportTextAsync(string userId)
    {
        using var output = new MemoryStream();
        await db.InScopeAsync(s => s.GetRequiredService<PersonalDataExport>().WriteAsync(userId, output, CancellationToken.None));
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    private static IEnumerable<string> StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static IEnumerable<string> NamesIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => NamesIn(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(NamesIn),
        _ => [],
    };

    /// <summary>A memory stream that counts how often the writer handed it bytes.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
