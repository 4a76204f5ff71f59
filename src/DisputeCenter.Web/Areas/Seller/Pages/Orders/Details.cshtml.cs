using DisputeCenter.Services.Orders.OrderDetails;
using DisputeCenter.Services.Orders.SupplierRecords;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Orders;

public sealed class DetailsModel(OrderDetailsService orders, SupplierRecordService records) : PageModel
{
    public OrderDetails Order { get; private set; } = null!;

    public SupplierRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await orders.ForSellerAsync(User.UserId(), id, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        Order = order;
        Record = await records.ForSellerAsync(order.SellerId, cancellationToken);
        return Page();
    }
}
