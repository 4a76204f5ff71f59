using System.Text.Json;
using DisputeCenter.Services.Disputes.ListDisputes;
using DisputeCenter.Services.Moderation;
using DisputeCenter.Services.Notifications.Inbox;
using DisputeCenter.Services.Orders.ListOrders;
using DisputeCenter.Services.Persistence;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DisputeCenter.Services.Tests.Performance;

/// <summary>
/// Every list query the pages run must have an index to use on the big tables. Each query is captured as EF Core
/// sends it (with its parameters) and EXPLAINed with sequential scans priced out (<c>enable_seqscan = off</c>): a plan
/// that still reads a big table whole, or walks a whole index with no condition, has no index for its filter, and
/// would read every order or dispute of the platform at scale.
/// </summary>
public sealed class ListQueryPlanTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static readonly string[] BigTables = ["disputes", "orders", "order_lines", "sellers", "users", "dispute_events", "dispute_offers", "evidence_items", "notifications"];

    public static TheoryData<string> Lists() =>
    [
        "buyer orders", "buyer orders searched by number", "buyer orders searched by product", "seller orders", "seller orders searched",
        "buyer disputes", "seller claims", "seller claims awaiting an answer", "moderation queue", "moderation queue mine", "notification count",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Each_list_query_reads_the_big_tables_through_an_index(string list)
    {
        var filed = await db.FileAsync();
        var moderator = await db.Data.ModeratorAsync();
        await db.Data.OrderAsync(filed.Buyer.Id, filed.Seller.Id, product: "Bluetooth headphones");

        var recorder = new CommandRecorder();
        await using (var services = TestPostgres.BuildServices(
                         db.ConnectionString, db.Clock, configure: s => s.ConfigureDbContext<DisputeCenterDbContext>(o => o.AddInterceptors(recorder))))
        await using (var scope = services.CreateAsyncScope())
        {
            recorder.Recording = true;
            await Run(scope.ServiceProvider, list, filed, moderator.Id);
        }

        Assert.NotEmpty(recorder.Commands);
        foreach (var command in recorder.Commands)
        {
            var unindexed = await UnindexedScansAsync(command);
            Assert.True(unindexed.Count == 0, $"{list}: {string.Join("; ", unindexed)} in\n{command.CommandText}");
        }
    }

    private static Task Run(IServiceProvider services, string list, FiledDispute filed, string moderatorId)
    {
        var orders = services.GetRequiredService<OrderListService>();
        var disputes = services.GetRequiredService<DisputeListService>();
        var queue = services.GetRequiredService<ModerationQueueService>();
        return list switch
        {
            "buyer orders" => orders.ForBuyerAsync(filed.Buyer.Id, new OrderListQuery()),
            "buyer orders searched by number" => orders.ForBuyerAsync(filed.Buyer.Id, new OrderListQuery { Search = filed.Order.Number }),
            "buyer orders searched by product" => orders.ForBuyerAsync(filed.Buyer.Id, new OrderListQuery { Search = "bluetooth" }),
            "seller orders" => orders.ForSellerAsync(filed.SellerUser.Id, new OrderListQuery()),
            "seller orders searched" => orders.ForSellerAsync(filed.SellerUser.Id, new OrderListQuery { Search = "headphones" }),
            "buyer disputes" => disputes.ForBuyerAsync(filed.Buyer.Id, status: null, page: 1),
            "seller claims" => disputes.ForSellerAsync(filed.SellerUser.Id, new ClaimFilter()),
            "seller claims awaiting an answer" => disputes.ForSellerAsync(filed.SellerUser.Id, new ClaimFilter(AwaitingAnswer: true)),
            "moderation queue" => queue.ListAsync(moderatorId, new ModerationQueueQuery()),
            "moderation queue mine" => queue.ListAsync(moderatorId, new ModerationQueueQuery { Assignment = QueueAssignment.Mine }),
            "notification count" => services.GetRequiredService<NotificationInbox>().UnreadCountAsync(filed.Buyer.Id),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "No such list."),
        };
    }

    private async Task<List<string>> UnindexedScansAsync(NpgsqlCommand captured)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("SET LOCAL enable_seqscan = off", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + captured.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in captured.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        var json = (string)(await explain.ExecuteScalarAsync())!;
        using var document = JsonDocument.Parse(json);
        var found = new List<string>();
        Walk(document.RootElement[0].GetProperty("Plan"), found);
        return found;
    }

    private static void Walk(JsonElement node, List<string> found)
    {
        var type = node.GetProperty("Node Type").GetString();
        if (node.TryGetProperty("Relation Name", out var relation) && BigTables.Contains(relation.GetString()))
        {
            var table = relation.GetString();
            var indexed = type switch
            {
                "Seq Scan" => false,
                "Index Scan" or "Index Only Scan" => node.TryGetProperty("Index Cond", out _),
                _ => true, // a Bitmap Heap Scan: its Bitmap Index Scan below is checked on its own
            };
            if (!indexed)
            {
                found.Add($"{type} on {table}{(node.TryGetProperty("Index Name", out var index) ? " using " + index.GetString() : string.Empty)}");
            }
        }

        if (type == "Bitmap Index Scan" && !node.TryGetProperty("Index Cond", out _))
        {
            found.Add($"Bitmap Index Scan using {node.GetProperty("Index Name").GetString()} with no condition");
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, found);
            }
        }
    }
}
