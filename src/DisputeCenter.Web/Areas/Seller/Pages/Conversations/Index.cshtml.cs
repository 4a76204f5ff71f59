using DisputeCenter.Services.Disputes.Conversations;
using DisputeCenter.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Seller.Pages.Conversations;

/// <summary>Buyers' messages about the seller's orders, the ones waiting for an answer first (optionally for one order).</summary>
public sealed class IndexModel(SellerConversationService conversations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrderId { get; set; }

    public IReadOnlyList<SellerConversationView> Conversations { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Conversations = await conversations.ListForSellerAsync(User.UserId(), OrderId, cancellationToken);
    }
}
