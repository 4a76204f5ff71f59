using DisputeCenter.Services.Common;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Pages.Shared;
using FluentValidation;

namespace DisputeCenter.Web.Areas.Seller.Pages.Orders;

public sealed class IndexModel : OrderListPageModel
{
    private readonly OrderListService _orders;

    public IndexModel(OrderListService orders, IValidator<OrderListQuery> validator)
        : base(validator)
    {
        _orders = orders;
        ShowsBuyer = true;
    }

    public override string DetailsPage => "/Orders/Details";

    protected override Task<PagedResult<OrderSummary>> ListAsync(OrderListQuery query, CancellationToken cancellationToken) =>
        _orders.ForSellerAsync(User.UserId(), query, cancellationToken);
}
