using DisputeCenter.Services.Accounts;
using DisputeCenter.Services.Support;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Support.Tickets;

/// <summary>The customer's support tickets, the latest activity first.</summary>
[Authorize(Roles = Roles.Buyer + "," + Roles.Seller)]
public sealed class IndexModel(SupportQueueService lists) : PageModel
{
    public IReadOnlyList<SupportTicketRow> Tickets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tickets = await lists.ForCustomerAsync(User.UserId(), cancellationToken);
}
