using DisputeCenter.Services.Common;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Pages.Shared;
using FluentValidation;

namespace DisputeCenter.Web.Pages.Orders;

public sealed class IndexModel(OrderListService orders, IValidator<OrderListQuery> validator) : OrderListPageModel(validator)
{
    public override string DetailsPage => "/Orders/Details";

    protected override Task<PagedResult<OrderSummary>> ListAsync(OrderListQuery query, CancellationToken cancellationToken) =>
        orders.ForBuyerAsync(User.UserId(), query, cancellationToken);
}
