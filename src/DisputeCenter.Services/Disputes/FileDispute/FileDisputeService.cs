using DisputeCenter.Domain.Common;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Domain.Evidence;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DisputeCenter.Services.Disputes.FileDispute;

/// <summary>Opens a formal dispute on one of the buyer's orders, with the deadlines in force today.</summary>
public sealed class FileDisputeService(DisputeCenterDbContext db, DisputeChangeRunner disputes, DeadlinePolicyService policies)
{
    public async Task<Result<Guid>> FileAsync(string buyerId, FileDisputeCommand command, CancellationToken cancellationToken = default)
    {
        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == command.OrderId && o.BuyerId == buyerId, cancellationToken);
        if (order is null)
        {
            return Result<Guid>.From(Result.NotFound());
        }

        if (await IsFiledAsync(command.DisputeId, buyerId, cancellationToken))
        {
            return Result<Guid>.Ok(command.DisputeId!.Value);
        }

        if (await disputes.IsUnconfirmedPartyAsync(DisputeActor.Buyer(buyerId), cancellationToken))
        {
            return Result<Guid>.From(Result.Invalid([DisputeChangeRunner.UnconfirmedRefusal]));
        }

        // The form's id names its draft: files staged for another order must not follow it onto this one.
        if (command.DisputeId is { } formId && await db.FilingDrafts.AnyAsync(d => d.Id == formId && (d.OrderId != order.Id || d.BuyerId != buyerId), cancellationToken))
        {
            return Result<Guid>.From(Result.Invalid(["This form was started for another order; open the dispute again from this order."]));
        }

        var seller = await db.Sellers.SingleAsync(s => s.Id == order.SellerId, cancellationToken);
        var conversation = await db.SellerConversations
            .Include(c => c.Messages)
            .Where(c => c.OrderId == order.Id)
            .OrderByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var policy = await policies.ForOrderAsync(order, command.Reason, cancellationToken);
        var refunded = await db.Disputes.Where(d => d.OrderId == order.Id).SelectMany(d => d.Refunds).SumAsync(r => r.Amount.Amount, cancellationToken);
        var hasOpenDispute = await db.Disputes.AnyAsync(d => d.OrderId == order.Id && DisputeStatuses.Open.Contains(d.Status), cancellationToken);

        Dispute dispute;
        try
        {
            dispute = Dispute.File(
                command.DisputeId ?? Guid.CreateVersion7(disputes.Now),
                order,
                seller,
                buyerId,
                conversation,
                command.Reason,
                command.Description,
                new Money(decimal.Round(command.AmountClaimed, Currency.Of(order.Currency).Decimals), order.Currency),
                command.Remedy,
                policy.Snapshot(),
                new Money(refunded, order.Currency),
                hasOpenDispute,
                disputes.Now);

            // What the buyer uploaded in the form becomes the dispute's evidence, with its receipts, in the same save.
            var uploaded = await db.EvidenceItems
                .Where(e => e.DisputeId == dispute.Id && e.UploaderId == buyerId && e.UploadedBy == ActorKind.Buyer && e.Status == EvidenceStatus.Staged)
                .OrderBy(e => e.ReceivedAt)
                .ToListAsync(cancellationToken);
            if (uploaded.Count > 0)
            {
                dispute.SubmitEvidence(uploaded, disputes.Now);
            }

            db.FilingDrafts.RemoveRange(await db.FilingDrafts.Where(d => d.Id == dispute.Id && d.BuyerId == buyerId).ToListAsync(cancellationToken));
        }
        catch (BusinessRuleValidationException refused)
        {
            // The same form, submitted twice at once, may find its twin's dispute already open: that is this dispute.
            return await IsFiledAsync(command.DisputeId, buyerId, cancellationToken)
                ? Result<Guid>.Ok(command.DisputeId!.Value)
                : Result<Guid>.From(Result.Refused(refused.BrokenRule));
        }

        db.Disputes.Add(dispute);
        if (!await disputes.SaveAsync(dispute, cancellationToken))
        {
            // A unique index refused it: the same form submitted twice, or another dispute opened on this order meanwhile.
            return await IsFiledAsync(dispute.Id, buyerId, cancellationToken) ? Result<Guid>.Ok(dispute.Id) : Result<Guid>.From(OneOpenDispute());
        }

        return Result<Guid>.Ok(dispute.Id);
    }

    private Task<bool> IsFiledAsync(Guid? disputeId, string buyerId, CancellationToken cancellationToken) =>
        disputeId is { } id ? db.Disputes.AnyAsync(d => d.Id == id && d.BuyerId == buyerId, cancellationToken) : Task.FromResult(false);

    private static Result OneOpenDispute() =>
        Result.Refused(
            new Domain.Disputes.Rules.OneOpenDisputePerOrderRule(true));
}
