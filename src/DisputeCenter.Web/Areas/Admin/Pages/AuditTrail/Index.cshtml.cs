using DisputeCenter.Services.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.AuditTrail;

/// <summary>
/// Verifies the whole audit trail on request: every dispute's timeline (chain, seals, head) and every evidence file's
/// SHA-256, listing each break. A POST, since it reads the whole database; the report is shown, not kept.
/// </summary>
public sealed class IndexModel(AuditVerificationService verification) : PageModel
{
    public AuditReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Report = await verification.VerifyAllAsync(cancellationToken);
        return Page();
    }
}
