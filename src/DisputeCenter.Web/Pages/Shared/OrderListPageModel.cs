using DisputeCenter.Domain.Orders;
using DisputeCenter.Services.Common;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DisputeCenter.Web.Pages.Shared;

/// <summary>
/// The order management page, shared by buyers (their orders) and sellers (orders placed with them):
/// the query string is the form, so a search can be bookmarked and paged.
/// </summary>
public abstract class OrderListPageModel(IValidator<OrderListQuery> validator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrderStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrderSort Sort { get; set; } = OrderSort.Newest;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<OrderSummary>? Orders { get; private set; }

    /// <summary>Where an order's own page lives, relative to this page.</summary>
    public abstract string DetailsPage { get; }

    public bool ShowsBuyer { get; protected init; }

    /// <summary>Whether the list is narrowed by a search or a filter (the sort narrows nothing).</summary>
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Status is not null || From is not null || To is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var query = new OrderListQuery
        {
            Search = Search,
            Status = Status,
            PlacedFrom = From,
            PlacedTo = To,
            Sort = Sort,
            Page = PageNumber,
        };
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddValidationErrors(validation, prefix: string.Empty);
            return Page();
        }

        Orders = await ListAsync(query, cancellationToken);
        return Page();
    }

    public string QueryFor(int page) => QueryString.Create(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["q"] = Search,
        ["status"] = Status?.ToString(),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort == OrderSort.Newest ? null : Sort.ToString(),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();

    protected abstract Task<PagedResult<OrderSummary>> ListAsync(OrderListQuery query, CancellationToken cancellationToken);
}
