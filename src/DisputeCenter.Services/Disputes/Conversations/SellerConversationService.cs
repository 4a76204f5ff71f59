using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Conversations;
using DisputeCenter.Domain.Deadlines;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Evidence.StageEvidence;
using DisputeCenter.Services.Evidence.Storage;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>Seller contact comes first: the message thread on an order, before any formal dispute.</summary>
public sealed class SellerConversationService(
    DisputeCenterDbContext db, ChangeRunner changes, DeadlinePolicyService policies, IEvidenceStore store, TimeProvider clock)
{
    private static readonly DomainText AlreadyOpen =
        DomainText.Plain("You already have an open conversation with the seller about this order: write in it.");

    private static readonly DomainText Conflict =
        DomainText.Plain("Someone else changed this conversation a moment ago, so nothing was saved. Please look at it again and retry.");

    public async Task<Result<Guid>> StartAsync(
        string buyerId, StartConversationCommand command, CancellationToken cancellationToken = default) =>
        await StartAsync(buyerId, command, [], cancellationToken);

    /// <summary>"I have a problem": the first message, with optional attachments.</summary>
    public async Task<Result<Guid>> StartAsync(
        string buyerId, StartConversationCommand command, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == command.OrderId && o.BuyerId == buyerId, cancellationToken);
        if (order is null)
        {
            return Result<Guid>.NotFound();
        }

        if (await db.SellerConversations.AnyAsync(c => c.OrderId == order.Id && c.MarkedResolvedAt == null && c.MarkedFailedAt == null, cancellationToken))
        {
            return Result<Guid>.Invalid([AlreadyOpen]);
        }

        var seller = await db.Sellers.SingleAsync(s => s.Id == order.SellerId, cancellationToken);
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (attachments, refusal) = await new ConversationAttachments(store).WriteAsync(id, EvidenceUploader.Buyer(buyerId), files, 0, now, cancellationToken);
        if (refusal is not null)
        {
            return Result<Guid>.Invalid([refusal]);
        }

        var result = await changes.RunAsync(
            () =>
            {
                var reason = command.Reason ?? throw new ArgumentException("Validate the command first: a reason is required.", nameof(command));
                var conversation = SellerConversation.Start(id, order, seller, buyerId, reason, command.Message, now, attachments);
                db.SellerConversations.Add(conversation);
                return conversation.Id;
            },
            beforeSave: null,
            Conflict,
            cancellationToken);
        await CommitIfSucceededAsync(transaction, result, cancellationToken);
        return result;
    }

    public Task<Result<Guid>> PostAsync(DisputeActor actor, Guid conversationId, string body, CancellationToken cancellationToken = default) =>
        PostAsync(actor, conversationId, body, [], cancellationToken);

    /// <summary>A message in the thread from the buyer or the seller, with optional attachments.</summary>
    public async Task<Result<Guid>> PostAsync(
        DisputeActor actor, Guid conversationId, string body, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IReadOnlyList<ConversationAttachment> attachments = [];
        var result = await ActAsync(actor, conversationId, (c, now) =>
        {
            if (actor.Party == Party.Buyer)
            {
                c.PostByBuyer(actor.UserId, body, now, attachments);
            }
            else
            {
                c.PostBySeller(actor.UserId, body, now, attachments);
            }
        },
        cancellationToken,
        async (conversation, now) =>
        {
            var already = conversation.Messages.SelectMany(m => m.Attachments).Sum(a => a.SizeBytes);
            var uploader = actor.Party == Party.Buyer ? EvidenceUploader.Buyer(actor.UserId) : EvidenceUploader.Seller(actor.UserId);
            var (written, refusal) = await new ConversationAttachments(store).WriteAsync(conversation.Id, uploader, files, already, now, cancellationToken);
            attachments = written;
            return refusal;
        });
        await CommitIfSucceededAsync(transaction, result, cancellationToken);
        return result;
    }

    /// <summary>The conversations about the seller's orders, the ones waiting for its answer first.</summary>
    public async Task<IReadOnlyList<SellerConversationView>> ListForSellerAsync(string sellerUserId, Guid? orderId = null, CancellationToken cancellationToken = default)
    {
        var conversations = await db.SellerConversations.Include(c => c.Messages).AsNoTracking()
            .Where(c => c.SellerUserId == sellerUserId && (orderId == null || c.OrderId == orderId))
            .OrderByDescending(c => c.StartedAt)
            .ToListAsync(cancellationToken);
        var views = await ViewsAsync(conversations, cancellationToken);
        return views.OrderBy(v => v.AnswerDueAt ?? DateTimeOffset.MaxValue).ThenByDescending(v => v.Conversation.StartedAt).ToList();
    }

    /// <summary>One conversation about the seller's order, with its attachments; null when it is not the seller's (a 404).</summary>
    public async Task<SellerConversationView?> ForSellerAsync(string sellerUserId, Guid conversationId, CancellationToken cancellationToken = default)
    {
        var conversation = await db.SellerConversations.Include(c => c.Messages).ThenInclude(m => m.Attachments).AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == conversationId && c.SellerUserId == sellerUserId, cancellationToken);
        return conversation is null ? null : (await ViewsAsync([conversation], cancellationToken))[0];
    }

    /// <summary>An attachment's record and content, for the conversation's buyer or seller only (else null: a 404).</summary>
    public async Task<(ConversationAttachment Attachment, Stream Content)?> OpenAttachmentAsync(string userId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await db.SellerConversations.AsNoTracking()
            .Where(c => c.BuyerId == userId || c.SellerUserId == userId)
            .SelectMany(c => c.Messages).SelectMany(m => m.Attachments)
            .SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        return attachment is null ? null : (attachment, await store.OpenReadAsync(attachment.Id, cancellationToken: cancellationToken));
    }

    /// <summary>The conversations with their orders, buyers and answer-by times: three queries, however many conversations.</summary>
    private async Task<IReadOnlyList<SellerConversationView>> ViewsAsync(IReadOnlyList<SellerConversation> conversations, CancellationToken cancellationToken)
    {
        var orderIds = conversations.Select(c => c.OrderId).Distinct().ToList();
        var buyerIds = conversations.Select(c => c.BuyerId).Distinct(StringComparer.Ordinal).ToList();
        var orders = await db.Orders.Include(o => o.Lines).AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var buyers = await db.Users.AsNoTracking().Where(u => buyerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        var current = await policies.CurrentAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return conversations
            .Select(c =>
            {
                var order = orders[c.OrderId];
                var policy = DeadlinePolicy.Select(current, DeadlinePolicyService.CategoryOf(order), c.Reason);
                return new SellerConversationView(c, order.Number, buyers[c.BuyerId], c.SellerAnswerDueAt(policy.SellerContactPeriod), now);
            })
            .ToList();
    }

    private static async Task CommitIfSucceededAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Result result, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public Task<Result<Guid>> MarkFailedAsync(string buyerId, Guid conversationId, CancellationToken cancellationToken = default) =>
        ActAsync(DisputeActor.Buyer(buyerId), conversationId, (c, now) => c.MarkFailed(buyerId, now), cancellationToken);

    public Task<Result<Guid>> MarkResolvedAsync(string buyerId, Guid conversationId, CancellationToken cancellationToken = default) =>
        ActAsync(DisputeActor.Buyer(buyerId), conversationId, (c, now) => c.MarkResolved(buyerId, now), cancellationToken);

    /// <summary>When the buyer may open a formal dispute on the order, given its latest conversation (null: not yet contacted).</summary>
    public async Task<DateTimeOffset?> FilingOpensAtAsync(string buyerId, Guid orderId, CancellationToken cancellationToken = default)
    {
        var conversation = await db.SellerConversations.Include(c => c.Messages).AsNoTracking()
            .Where(c => c.OrderId == orderId && c.BuyerId == buyerId)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return conversation is null ? null : await FilingOpensAtAsync(conversation, cancellationToken);
    }

    private async Task<DateTimeOffset?> FilingOpensAtAsync(SellerConversation conversation, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).AsNoTracking().SingleAsync(o => o.Id == conversation.OrderId, cancellationToken);
        var policy = await policies.ForOrderAsync(order, conversation.Reason, cancellationToken);
        return conversation.FilingOpensAt(policy.SellerContactPeriod);
    }

    /// <summary>Where a buyer stands with an order's problem: the latest conversation, when filing opens, an open dispute.</summary>
    public async Task<OrderProblem?> ProblemForBuyerAsync(string buyerId, Guid orderId, CancellationToken cancellationToken = default)
    {
        if (!await db.Orders.AnyAsync(o => o.Id == orderId && o.BuyerId == buyerId, cancellationToken))
        {
            return null;
        }

        var conversation = await db.SellerConversations.Include(c => c.Messages).ThenInclude(m => m.Attachments).AsNoTracking()
            .Where(c => c.OrderId == orderId && c.BuyerId == buyerId)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var openDispute = await db.Disputes
            .Where(d => d.OrderId == orderId && DisputeStatuses.Open.Contains(d.Status))
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var opensAt = conversation is null ? null : await FilingOpensAtAsync(conversation, cancellationToken);
        return new OrderProblem(conversation, opensAt, openDispute, clock.GetUtcNow());
    }

    private async Task<Result<Guid>> ActAsync(
        DisputeActor actor,
        Guid conversationId,
        Action<SellerConversation, DateTimeOffset> action,
        CancellationToken cancellationToken,
        Func<SellerConversation, DateTimeOffset, Task<DomainText?>>? prepare = null)
    {
        var conversation = await db.SellerConversations.Include(c => c.Messages).ThenInclude(m => m.Attachments)
            .SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        var mine = conversation is not null && actor.Kind switch
        {
            ActorKind.Buyer => conversation.BuyerId == actor.UserId,
            ActorKind.Seller => conversation.SellerUserId == actor.UserId,
            _ => false,
        };
        if (!mine)
        {
            return Result<Guid>.NotFound();
        }

        var now = clock.GetUtcNow();
        if (prepare is not null && await prepare(conversation!, now) is { } refusal)
        {
            return Result<Guid>.Invalid([refusal]);
        }

        return await changes.RunAsync(
            () =>
            {
                action(conversation!, now);
                return conversation!.Id;
            },
            beforeSave: null,
            Conflict,
            cancellationToken);
    }
}
