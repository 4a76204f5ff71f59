using FluentValidation;

namespace DisputeCenter.Services.Orders.ListOrders;

public sealed class OrderListQueryValidator : AbstractValidator<OrderListQuery>
{
    public OrderListQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(OrderListQuery.SearchMaxLength);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, OrderListQuery.MaxPageSize);
        RuleFor(q => q.PlacedTo)
            .GreaterThanOrEqualTo(q => q.PlacedFrom)
            .When(q => q.PlacedFrom is not null && q.PlacedTo is not null)
            .WithMessage("The end of the date range must not be before its start.");
    }
}
