using DisputeCenter.Services.Common;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Web.Infrastructure;
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
