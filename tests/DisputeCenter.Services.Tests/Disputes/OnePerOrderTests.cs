using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Services.Disputes.FileDispute;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DisputeCenter.Services.Tests.Disputes;

/// <summary>One open filing draft per order and buyer, one open conversation per order: what stops files piling up without end.</summary>
public sealed class OnePerOrderTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private const string AnotherDraft =
        "You are already filing a dispute for this order in another window, and its files are kept there. Open the dispute form again from the order to continue it.";

    private static IncomingFile Photo(string name) => new(name, EvidenceKind.Photo, null, () => new MemoryStream(EvidenceFiles.Png()));

    private Task<Common.Result<IReadOnlyList<StagedEvidence>>> Stage(string buyerId, Guid orderId, Guid draftId, string name) =>
        db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().StageAsync(buyerId, orderId, draftId, [Photo(name)]));

    [Fact]
    public async Task A_second_filing_form_for_the_same_order_is_refused_and_the_open_draft_is_the_one_to_continue()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var other = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var first = Guid.CreateVersion7();

        Assert.True((await Stage(buyer.Id, order.Id, first, "a.png")).Succeeded);
        var second = await Stage(buyer.Id, order.Id, Guid.CreateVersion7(), "b.png");

        Assert.Equal([AnotherDraft], second.Errors);
        Assert.Equal(first, await db.InScopeAsync(s => s.GetRequiredService<FilingEvidenceService>().OpenDraftIdAsync(buyer.Id, order.Id)));
        Assert.Equal(["a.png"], await db.WithDbAsync(d => d.EvidenceItems.Where(e => e.UploaderId == buyer.Id).Select(e => e.OriginalName).ToListAsync()));
        Assert.True((await Stage(buyer.Id, other.Id, Guid.CreateVersion7(), "c.png")).Succeeded);
        Assert.True((await Stage(buyer.Id, order.Id, first, "d.png")).Succeeded);
    }

    [Fact]
    public async Task Two_new_drafts_for_one_order_at_the_same_moment_start_only_one()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Stage(buyer.Id, order.Id, Guid.CreateVersion7(), $"p{i}.png")));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal([AnotherDraft], r.Errors));
        Assert.Equal(1, await db.WithDbAsync(d => d.FilingDrafts.CountAsync(x => x.OrderId == order.Id)));
    }

    [Fact]
    public async Task An_order_has_one_open_conversation_and_a_new_one_only_once_the_last_was_settled()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var first = await db.ContactSellerAsync(buyer.Id, order.Id);

        var again = await StartAsync(buyer.Id, order.Id);

        Assert.Equal(["You already have an open conversation with the seller about this order: write in it."], again.Errors);
        Assert.Equal(1, await db.WithDbAsync(d => d.SellerConversations.CountAsync(c => c.OrderId == order.Id)));
        Assert.True((await db.InScopeAsync(s => s.GetRequiredService<SellerConversationService>().MarkResolvedAsync(buyer.Id, first))).Succeeded);
        Assert.True((await StartAsync(buyer.Id, order.Id)).Succeeded);
    }

    [Fact]
    public async Task The_migration_merges_the_duplicate_drafts_and_conversations_it_finds()
    {
        var (_, seller) = await db.Data.SellerAsync();
        var buyer = await db.Data.BuyerAsync();
        var order = await db.Data.OrderAsync(buyer.Id, seller.Id, deliveredDaysAgo: 2);
        var older = Guid.CreateVersion7();
        Assert.True((await Stage(buyer.Id, order.Id, older, "old.png")).Succeeded);
        var first = await db.ContactSellerAsync(buyer.Id, order.Id);
        await MigrateAsync("20261204041000_AppendOnlyAuditTables");
        var newer = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        await db.WithOwnerDbAsync(d => d.Database.ExecuteSqlAsync($"""
            INSERT INTO filing_drafts (id, buyer_id, order_id, created_at) SELECT {newer}, buyer_id, order_id, created_at + interval '1 hour' FROM filing_drafts WHERE id = {older};
            INSERT INTO seller_conversations (id, order_id, buyer_id, seller_id, seller_user_id, reason, started_at)
                SELECT {second}, order_id, buyer_id, seller_id, seller_user_id, reason, started_at + interval '1 hour' FROM seller_conversations WHERE id = {first};
            """));

        await MigrateAsync(null);

        Assert.Equal([newer], await db.WithDbAsync(d => d.FilingDrafts.Where(x => x.OrderId == order.Id).Select(x => x.Id).ToListAsync()));
        Assert.Equal([newer], await db.WithDbAsync(d => d.EvidenceItems.Where(e => e.UploaderId == buyer.Id).Select(e => e.DisputeId).ToListAsync()));
        var conversations = await db.WithDbAsync(d => d.SellerConversations.AsNoTracking().Where(c => c.OrderId == order.Id).OrderBy(c => c.StartedAt).ToListAsync());
        Assert.Equal([first, second], conversations.Select(c => c.Id));
        Assert.Equal(conversations[1].StartedAt, conversations[0].MarkedResolvedAt);
        Assert.Null(conversations[1].MarkedResolvedAt);
    }

    private Task<Common.Result<Guid>> StartAsync(string buyerId, Guid orderId) =>
        db.InScopeAsync(s => s.GetRequiredService<SellerConversationService>().StartAsync(buyerId, new StartConversationCommand
        {
            OrderId = orderId,
            Reason = DisputeReason.NotReceived,
            Message = "Still nothing here, can you check?",
        }));

    private Task MigrateAsync(string? target) =>
        db.WithOwnerDbAsync(async d =>
        {
            await d.Database.GetService<IMigrator>().MigrateAsync(target);
            return true;
        });
}
