using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FloorApp;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// The floors bench/pages.sh measures the app's pages against: the same 20 order rows (the heavy buyer's newest orders)
// read with raw Npgsql and written as HTML by hand (/raw), and read by EF Core into a Razor page with a layout (/razor).
var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Floor")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Floor.");
builder.Services.AddSingleton(NpgsqlDataSource.Create(connectionString));
builder.Services.AddDbContext<FloorDbContext>(options => options.UseNpgsql(connectionString));
builder.Services.AddRazorPages();

var app = builder.Build();
app.MapGet("/raw", async (NpgsqlDataSource db, CancellationToken cancellationToken) =>
{
    var html = new StringBuilder("<!DOCTYPE html><html><head><title>Orders</title></head><body><table>");
    await using (var command = db.CreateCommand(
        "SELECT number, placed_at, total_amount, total_currency, delivered_at FROM orders WHERE buyer_id = $1 ORDER BY placed_at DESC LIMIT 20"))
    {
        command.Parameters.AddWithValue(FloorDbContext.BuyerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            html.Append("<tr><td>").Append(HtmlEncoder.Default.Encode(reader.GetString(0)))
                .Append("</td><td>").Append(reader.GetFieldValue<DateTimeOffset>(1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(reader.GetDecimal(2).ToString("0.00", CultureInfo.InvariantCulture)).Append(' ')
                .Append(HtmlEncoder.Default.Encode(reader.GetString(3)))
                .Append("</td><td>").Append(reader.IsDBNull(4) ? "in transit" : "delivered").Append("</td></tr>");
        }
    }

    html.Append("</table></body></html>");
    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});
app.MapRazorPages();
app.Run();
