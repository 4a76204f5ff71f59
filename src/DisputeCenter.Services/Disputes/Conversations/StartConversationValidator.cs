using DisputeCenter.Domain.Conversations;
using FluentValidation;

namespace DisputeCenter.Services.Disputes.Conversations;

public sealed class StartConversationValidator : AbstractValidator<StartConversationCommand>
{
    public StartConversationValidator()
    {
        RuleFor(c => c.OrderId).NotEmpty().WithMessage("Choose the order you are writing about.");
        RuleFor(c => c.Reason).NotNull().WithMessage("Choose what went wrong.").IsInEnum().WithMessage("Choose what went wrong.");
        RuleFor(c => c.Message).NotEmpty().WithMessage("Write to the seller: what is wrong, and what you would like them to do.")
            .MaximumLength(ConversationMessage.BodyMaxLength).WithMessage($"Keep the message to at most {ConversationMessage.BodyMaxLength} characters.");
    }
}
