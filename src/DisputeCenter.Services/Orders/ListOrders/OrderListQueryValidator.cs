using FluentValidation;

namespace DisputeCenter.Services.Orders.ListOrders;

public sealed class OrderListQueryValidator : AbstractValidator<OrderListQuery>
{
    public OrderListQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(OrderListQuery.SearchMaxLength)
            .WithMessage($"Search for at most {OrderListQuery.SearchMaxLength} characters.");
        RuleFor(q => q.Status).IsInEnum().WithMessage("Choose a status from the list.");
        RuleFor(q => q.Sort).IsInEnum().WithMessage("Choose an order from the list.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, OrderListQuery.MaxPageSize)
            .WithMessage($"Show between 1 and {OrderListQuery.MaxPageSize} orders a page.");
        RuleFor(q => q.PlacedFrom).InclusiveBetween(OrderListQuery.EarliestDate, OrderListQuery.LatestDate)
            .WithMessage($"Enter a date between {OrderListQuery.EarliestDate.Year} and {OrderListQuery.LatestDate.Year}.");
        RuleFor(q => q.PlacedTo).InclusiveBetween(OrderListQuery.EarliestDate, OrderListQuery.LatestDate)
            .WithMessage($"Enter a date between {OrderListQuery.EarliestDate.Year} and {OrderListQuery.LatestDate.Year}.");
        RuleFor(q => q.PlacedTo)
            .GreaterThanOrEqualTo(q => q.PlacedFrom)
            .When(q => q.PlacedFrom is not null && q.PlacedTo is not null)
            .WithMessage("The end of the date range must not be before its start.");
    }
}
