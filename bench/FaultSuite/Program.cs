using DisputeCenter.Testing;
using FaultSuite;
using Microsoft.EntityFrameworkCore;

// The fault suite against a running farm (script/farm; bench/faults.sh starts it and runs this). Each fault prints its
// figure and PASS or FAIL; the exit code is the number of faults that failed.
var farm = Farm.FromEnvironment();
await using var fixture = new FixtureHandle(DatabaseFixture.Attach(farm.AppConnection, farm.OwnerConnection, DateTimeOffset.UtcNow));
var only = Environment.GetEnvironmentVariable("FAULTS_ONLY") ?? string.Empty;
var faults = new (string Name, Func<Farm, DatabaseFixture, Task<bool>> Run)[]
{
    ("sessions", Faults.SessionsAcrossInstancesAsync),
    ("decisions", Faults.ParallelDecisionsAsync),
    // The outbox faults come before the sweep, whose 1,000 escalations queue 2,000 e-mails ahead of theirs.
    ("email-kill", Faults.KilledBetweenEmailSendAndCommitAsync),
    ("webhook-kill", Faults.KilledBetweenSendAndCommitAsync),
    ("sweep-kill", Faults.KilledDuringSweepAsync),
    ("upload-kill", Faults.KilledDuringUploadAsync),
    ("database-down", Faults.DatabaseDownAsync),
};
var failed = 0;
foreach (var (name, run) in faults.Where(f => only.Length == 0 || only.Split(',').Contains(f.Name)))
{
    Console.WriteLine($"== {name}");
    bool passed;
    try
    {
        passed = await run(farm, fixture.Fixture);
    }
    catch (Exception e)
    {
        Console.WriteLine($"   error: {e.GetType().Name}: {e.Message} {e.InnerException?.Message}");
        Console.WriteLine(e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("FaultSuite", StringComparison.Ordinal)));
        passed = false;
    }

    Console.WriteLine(passed ? "   PASS" : "   FAIL");
    failed += passed ? 0 : 1;
}

return failed;

