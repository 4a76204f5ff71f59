using DisputeCenter.Domain.Common;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Services.Deadlines.PolicyTable;
using DisputeCenter.Web.Accounts;
using DisputeCenter.Web.Forms;
using DisputeCenter.Web.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Areas.Admin.Pages.DeadlinePolicy;

/// <summary>Edits one row of the deadline policy: saving makes its next version, recording who and when.</summary>
public sealed class EditModel(DeadlinePolicyService policies, IValidator<ReviseDeadlinePolicyCommand> validator) : PageModel
{
    [BindProperty]
    public ReviseDeadlinePolicyCommand Input { get; set; } = new();

    public PolicyRow Row { get; private set; } = null!;

    /// <summary>The form was opened on a version that is no longer the current one.</summary>
    public bool IsStale => Row.CurrentId != Input.RowId;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        if (row.CurrentId != id)
        {
            return RedirectToPage(new { id = row.CurrentId });
        }

        Row = row;
        Input = FormOf(row);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Input = Input with { RowId = id };
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, nameof(Input));
        }
        else
        {
            var result = await policies.ReviseAsync(Input, User.UserId(), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Status"] = Text.T("Saved as version {0}. Disputes filed from now on use it; disputes already filed keep their deadlines.", result.Value!.Version);
                return RedirectToPage("./Index");
            }

            if (result.Status == ResultStatus.NotFound)
            {
                return NotFound();
            }

            var key = result.Subject == RuleSubject.NegotiationTime ? $"{nameof(Input)}.{nameof(Input.Negotiation)}" : string.Empty;
            ModelState.AddErrors(key, result.Messages);
        }

        if (await FindAsync(id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        Row = row;
        return Page();
    }

    /// <summary>The row whose version <paramref name="id"/> is, if any version of it is.</summary>
    private async Task<PolicyRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await policies.TableAsync(cancellationToken)).FirstOrDefault(r => r.History.Any(v => v.Id == id));

    private static ReviseDeadlinePolicyCommand FormOf(PolicyRow row)
    {
        var d = row.Current.Durations;
        static string Days(TimeSpan span) => ReviseDeadlinePolicyCommand.FormatDays(span);
        return new ReviseDeadlinePolicyCommand
        {
            RowId = row.CurrentId,
            SellerContactPeriod = Days(d.SellerContactPeriod),
            FilingWindow = Days(d.FilingWindow),
            SellerResponse = Days(d.SellerResponse),
            Negotiation = Days(d.Negotiation),
            InformationRequestDefault = Days(d.InformationRequestDefault),
            AppealWindow = Days(d.AppealWindow),
            ModeratorAction = Days(d.ModeratorAction),
            ReturnAddress = Days(d.ReturnAddress),
            ReturnShipment = Days(d.ReturnShipment),
            ReturnTransit = Days(d.ReturnTransit),
            ReturnReceipt = Days(d.ReturnReceipt),
        };
    }
}
