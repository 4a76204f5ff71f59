using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.Conversations;

/// <summary>Seller contact comes first: the message thread on an order, before any formal dispute.</summary>
public sealed class SellerConversationService(DisputeCenterDbContext db, DeadlinePolicyService policies, TimeProvider clock)
{
    public async Task<CommandResult<Guid>> StartAsync(string buyerId, StartConversationCommand command, CancellationToken cancellationToken = default)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == command.OrderId && o.BuyerId == buyerId, cancellationToken);
        if (order is null)
        {
            return CommandResult<Guid>.From(CommandResult.NotFound());
        }

        var seller = await db.Sellers.SingleAsync(s => s.Id == order.SellerId, cancellationToken);
        var now = clock.GetUtcNow();
        return await SaveAsync(
            () =>
            {
                var conversation = SellerConversation.Start(Guid.CreateVersion7(now), order, seller, buyerId, command.Reason, command.Message, now);
                db.SellerConversations.Add(conversation);
                return conversation.Id;
            },
            cancellationToken);
    }

    public Task<CommandResult<Guid>> PostAsync(DisputeActor actor, Guid conversationId, string body, CancellationToken cancellationToken = default) =>
        ActAsync(actor, conversationId, (c, now) =>
        {
            if (actor.Party == Party.Buyer)
            {
                c.PostByBuyer(actor.UserId, body, now);
            }
            else
            {
                c.PostBySeller(actor.UserId, body, now);
            }
        }, cancellationToken);

    public Task<CommandResult<Guid>> MarkFailedAsync(string buyerId, Guid conversationId, CancellationToken cancellationToken = default) =>
        ActAsync(DisputeActor.Buyer(buyerId), conversationId, (c, now) => c.MarkFailed(buyerId, now), cancellationToken);

    public Task<CommandResult<Guid>> MarkResolvedAsync(string buyerId, Guid conversationId, CancellationToken cancellationToken = default) =>
        ActAsync(DisputeActor.Buyer(buyerId), conversationId, (c, now) => c.MarkResolved(buyerId, now), cancellationToken);

    /// <summary>When the buyer may open a formal dispute on the order, given its latest conversation (null: not yet contacted).</summary>
    public async Task<DateTimeOffset?> FilingOpensAtAsync(string buyerId, Guid orderId, CancellationToken cancellationToken = default)
    {
        var conversation = await db.SellerConversations.Include(c => c.Messages).AsNoTracking()
            .Where(c => c.OrderId == orderId && c.BuyerId == buyerId)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var order = await db.Orders.Include(o => o.Lines).AsNoTracking().SingleAsync(o => o.Id == orderId, cancellationToken);
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

        var conversation = await db.SellerConversations.Include(c => c.Messages).AsNoTracking()
            .Where(c => c.OrderId == orderId && c.BuyerId == buyerId)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var openDispute = await db.Disputes
            .Where(d => d.OrderId == orderId && FileDispute.FileDisputeService.OpenStatuses.Contains(d.Status))
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var opensAt = conversation is null ? null : await FilingOpensAtAsync(buyerId, orderId, cancellationToken);
        return new OrderProblem(conversation, opensAt, openDispute, clock.GetUtcNow());
    }

    private async Task<CommandResult<Guid>> ActAsync(
        DisputeActor actor, Guid conversationId, Action<SellerConversation, DateTimeOffset> action, CancellationToken cancellationToken)
    {
        var conversation = await db.SellerConversations.Include(c => c.Messages).SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        var mine = conversation is not null && actor.Kind switch
        {
            ActorKind.Buyer => conversation.BuyerId == actor.UserId,
            ActorKind.Seller => conversation.SellerUserId == actor.UserId,
            _ => false,
        };
        if (!mine)
        {
            return CommandResult<Guid>.From(CommandResult.NotFound());
        }

        return await SaveAsync(
            () =>
            {
                action(conversation!, clock.GetUtcNow());
                return conversation!.Id;
            },
            cancellationToken);
    }

    private async Task<CommandResult<Guid>> SaveAsync(Func<Guid> action, CancellationToken cancellationToken)
    {
        Guid id;
        try
        {
            id = action();
        }
        catch (BusinessRuleValidationException refused)
        {
            return CommandResult<Guid>.From(CommandResult.Refused(refused.BrokenRule));
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Guid>.Ok(id);
    }
}
