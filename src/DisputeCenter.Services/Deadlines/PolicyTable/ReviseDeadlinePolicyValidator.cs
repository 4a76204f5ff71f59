using System.Linq.Expressions;
using DisputeCenter.Domain.Deadlines.Rules;
using FluentValidation;

namespace DisputeCenter.Services.Deadlines.PolicyTable;

/// <summary>
/// The shape of the form: a number of days for every clock, more than zero and within the domain's longest
/// (so that each mistake sits under its own field), with at most two decimals. The domain checks the values again
/// when it makes the version, and alone decides how the clocks relate (negotiation outlasting the seller's response).
/// </summary>
public sealed class ReviseDeadlinePolicyValidator : AbstractValidator<ReviseDeadlinePolicyCommand>
{
    public ReviseDeadlinePolicyValidator()
    {
        RuleFor(c => c.RowId).NotEmpty().WithMessage("Choose a row of the deadline policy to edit.");
        Days(c => c.SellerContactPeriod);
        Days(c => c.FilingWindow);
        Days(c => c.SellerResponse);
        Days(c => c.Negotiation);
        Days(c => c.InformationRequestDefault);
        Days(c => c.AppealWindow);
        Days(c => c.ModeratorAction);
        Days(c => c.ReturnAddress);
        Days(c => c.ReturnShipment);
        Days(c => c.ReturnTransit);
        Days(c => c.ReturnReceipt);
    }

    private void Days(Expression<Func<ReviseDeadlinePolicyCommand, string?>> days)
    {
        var longest = (decimal)DeadlineDurationMustBeInRangeRule.Longest.TotalDays;
        RuleFor(days)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a number of days.")
            .Must(d => ReviseDeadlinePolicyCommand.ParseDays(d) is not null).WithMessage("Enter a number of days, like 5 or 2.5.")
            .Must(d => ReviseDeadlinePolicyCommand.ParseDays(d) > 0m).WithMessage("Enter more than zero days.")
            .Must(d => ReviseDeadlinePolicyCommand.ParseDays(d) <= longest).WithMessage($"Enter at most {longest:0} days.")
            .Must(d => ReviseDeadlinePolicyCommand.ParseDays(d) is { } n && decimal.Round(n, 2) == n).WithMessage("Use at most two decimals (0.5 is twelve hours).");
    }
}
