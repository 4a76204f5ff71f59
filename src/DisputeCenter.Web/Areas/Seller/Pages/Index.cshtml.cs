using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages;

public sealed class IndexModel(OrderListService orders, DisputeListService disputes) : PageModel
{
    public int AwaitingShipment { get; private set; }

    public int Late { get; private set; }

    public int Total { get; private set; }

    /// <summary>Claims whose next move is the seller's answer; links to the claims list filtered to exactly these.</summary>
    public int ClaimsAwaitingAnswer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var seller = User.UserId();
        Total = (await orders.ForSellerAsync(seller, new OrderListQuery { PageSize = 1 }, cancellationToken)).TotalCount;
        AwaitingShipment = (await orders.ForSellerAsync(seller, new OrderListQuery { PageSize = 1, Status = Domain.Orders.OrderStatus.AwaitingShipment }, cancellationToken)).TotalCount;
        Late = (await orders.ForSellerAsync(seller, new OrderListQuery { PageSize = 1, Status = Domain.Orders.OrderStatus.Late }, cancellationToken)).TotalCount;
        ClaimsAwaitingAnswer = await disputes.CountAwaitingSellerAsync(seller, cancellationToken);
    }
}
