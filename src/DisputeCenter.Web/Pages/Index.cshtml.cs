using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
