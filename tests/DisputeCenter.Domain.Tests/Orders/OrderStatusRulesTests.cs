using DisputeCenter.Domain.Orders;
using DisputeCenter.Domain.Tests.Support;

namespace DisputeCenter.Domain.Tests.Orders;

public sealed class OrderStatusRulesTests
{
    [Fact]
    public void The_database_predicates_agree_with_the_status_of_each_order_in_every_situation()
    {
        var partial = TestOrders.Shipped();
        partial.ConfirmDelivery(TestOrders.DeliveredAt, new Dictionary<int, int> { [1] = 1, [2] = 1 });
        Order[] orders = [TestOrders.Placed(), TestOrders.Paid(), TestOrders.Shipped(), TestOrders.Delivered(), partial];
        DateTimeOffset[] instants = [TestOrders.PlacedAt.AddDays(5), TestOrders.ExpectedDeliveryAt.AddSeconds(1)];
        var seen = new HashSet<OrderStatus>();

        foreach (var now in instants)
        {
            foreach (var order in orders)
            {
                var status = order.StatusAt(now);
                seen.Add(status);
                foreach (var candidate in Enum.GetValues<OrderStatus>())
                {
                    Assert.Equal(candidate == status, OrderStatusRules.Is(candidate, now).Compile()(order));
                }
            }
        }

        Assert.Equal(Enum.GetValues<OrderStatus>().Order(), seen.Order());
    }
}
