using DisputeCenter.Services.Orders.SupplierRecords;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Record;

/// <summary>The seller's own dispute record: what buyers see on the seller's orders, and how each dispute ended.</summary>
public sealed class IndexModel(SupplierRecordService records) : PageModel
{
    public SellerOwnRecord Own { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var own = await records.ForSellerAccountAsync(User.UserId(), cancellationToken);
        if (own is null)
        {
            return NotFound();
        }

        Own = own;
        return Page();
    }
}
