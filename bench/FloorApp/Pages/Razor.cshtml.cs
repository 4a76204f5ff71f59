using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FloorApp.Pages;

public sealed class RazorModel(FloorDbContext db) : PageModel
{
    public IReadOnlyList<FloorOrder> Orders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Orders = await db.Orders.AsNoTracking()
            .Where(o => o.BuyerId == FloorDbContext.BuyerId)
            .OrderByDescending(o => o.PlacedAt)
            .Take(20)
            .ToListAsync(cancellationToken);
}
