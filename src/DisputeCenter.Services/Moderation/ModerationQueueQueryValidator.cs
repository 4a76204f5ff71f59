using FluentValidation;

namespace DisputeCenter.Services.Moderation;

public sealed class ModerationQueueQueryValidator : AbstractValidator<ModerationQueueQuery>
{
    public ModerationQueueQueryValidator()
    {
        RuleFor(q => q.Stage).IsInEnum().WithMessage("Choose a view from the list.");
        RuleFor(q => q.Reason).IsInEnum().WithMessage("Choose a reason from the list.");
        RuleFor(q => q.Assignment).IsInEnum().WithMessage("Choose whose cases to show from the list.");
        RuleFor(q => q.Seller).MaximumLength(ModerationQueueQuery.SellerMaxLength)
            .WithMessage($"Search for a seller with at most {ModerationQueueQuery.SellerMaxLength} characters.");
        RuleFor(q => q.MinAmount).GreaterThanOrEqualTo(0).WithMessage("The smallest amount must not be negative.");
        RuleFor(q => q.MaxAmount).GreaterThanOrEqualTo(0).WithMessage("The largest amount must not be negative.");
        RuleFor(q => q.MaxAmount)
            .GreaterThanOrEqualTo(q => q.MinAmount)
            .When(q => q.MinAmount is not null && q.MaxAmount is not null)
            .WithMessage("The largest amount must not be below the smallest.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ModerationQueueQuery.MaxPageSize)
            .WithMessage($"Show between 1 and {ModerationQueueQuery.MaxPageSize} cases a page.");
    }
}
