using DisputeCenter.Domain.Disputes;
using FluentValidation;

namespace DisputeCenter.Services.Disputes.FileDispute;

/// <summary>The shape of the form. Whether filing is allowed (window, contact, amount) is the domain's call.</summary>
public sealed class FileDisputeValidator : AbstractValidator<FileDisputeCommand>
{
    public FileDisputeValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty().WithMessage("Choose the order the dispute is about.");
        RuleFor(c => c.Reason).IsInEnum().WithMessage("Choose what went wrong.");
        RuleFor(c => c.Remedy).IsInEnum().WithMessage("Choose what you want: a refund, a return or a replacement.");
        RuleFor(c => c.Description).NotEmpty().WithMessage("Describe what happened.")
            .MaximumLength(Dispute.DescriptionMaxLength).WithMessage($"Keep the description to at most {Dispute.DescriptionMaxLength} characters.");
        RuleFor(c => c.AmountClaimed).GreaterThan(0).WithMessage("Enter the amount you claim, more than zero.");
    }
}
