using System.Diagnostics;
using System.Globalization;
using DisputeCenter.Domain.Disputes;
using DisputeCenter.Services.Deadlines;
using DisputeCenter.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The deadline sweeper over N overdue disputes (default 10,000): one sweeper, then two racing on a fresh set.
var count = int.TryParse(Environment.GetEnvironmentVariable("BENCH_DISPUTES"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;
foreach (var sweepers in new[] { 1, 2 })
{
    // A fresh database each round, so the second round sweeps only its own disputes.
    var fixture = new DatabaseFixture();
    await fixture.InitializeAsync();
    try
    {
        var (_, seller) = await fixture.Data.SellerAsync();
        var buyer = await fixture.Data.BuyerAsync();
        var generate = Stopwatch.StartNew();
        var ids = await fixture.WithDbAsync(db => OverdueDisputes.CreateAsync(db, buyer.Id, seller, count, fixture.Clock.GetUtcNow()));
        Console.WriteLine($"Generated {ids.Count:N0} filed disputes in {generate.Elapsed.TotalSeconds:F1} s");
        fixture.Clock.Advance(OverdueDisputes.SellerResponse + TimeSpan.FromSeconds(1));

        var sweep = Stopwatch.StartNew();
        var applied = await Task.WhenAll(Enumerable.Range(0, sweepers).Select(_ => Task.Run(() =>
            fixture.InScopeAsync(s => s.GetRequiredService<DeadlineSweep>().SweepAsync()))));
        sweep.Stop();

        var escalated = await fixture.WithDbAsync(db => db.Disputes.CountAsync(d => ids.Contains(d.Id) && d.Status == DisputeStatus.InMediation));
        Console.WriteLine(
            $"{sweepers} sweeper(s): applied {applied.Sum():N0} consequences ({string.Join(" + ", applied)}) in {sweep.Elapsed.TotalSeconds:F2} s " +
            $"= {applied.Sum() / sweep.Elapsed.TotalSeconds:N0} disputes/s; escalated in the database: {escalated:N0}");
    }
    finally
    {
        await fixture.DisposeAsync();
    }
}
