namespace DisputeCenter.ArchitectureTests;

/// <summary>
/// The service layer's folders: Persistence (the database type, its migrations and the mappings of the domain's
/// aggregates) is used by the use-case folders and uses none of them back, so a use case can own a table of its own
/// (the outbox, reminders) without the database type knowing it.
/// </summary>
public sealed class ServicesLayoutTests
{
    private const string Persistence = "DisputeCenter.Services.Persistence";

    /// <summary>What every folder may use: results, paging, text rendering.</summary>
    private const string Common = "DisputeCenter.Services.Common";

    [Fact]
    public void Persistence_and_the_use_case_folders_do_not_depend_on_each_other_in_a_circle()
    {
        var graph = NamespaceGraph.Below("DisputeCenter.Services", Solution.Architecture);

        var cycle = graph.CycleThrough(Persistence);

        Assert.True(cycle.Count == 0, $"{Persistence} is in a cycle with {string.Join(", ", cycle.Where(s => s != Persistence).Order(StringComparer.Ordinal))}:\n{graph.Describe(cycle, Persistence)}");
    }

    [Fact]
    public void Persistence_uses_no_use_case_folder_only_Common()
    {
        var graph = NamespaceGraph.Below("DisputeCenter.Services", Solution.Architecture);

        var used = graph.UsedBy(Persistence).Where(s => s != Common).ToList();

        Assert.True(used.Count == 0, $"{Persistence} uses {string.Join(", ", used)}:\n{graph.Describe(used.Append(Persistence).ToHashSet(), Persistence)}");
    }

    [Fact]
    public void The_moderators_use_cases_live_in_Moderation()
    {
        var moderation = Solution.Services.GetTypes()
            .Where(t => t.IsPublic && t.Name is "MediationService" or "CaseFileService" or "DecisionBasisQuery" or "ReasonCodeService" or "ModerationQueueService" or "ModerationOverviewService")
            .ToList();

        Assert.Equal(6, moderation.Count);
        Assert.All(moderation, t => Assert.StartsWith("DisputeCenter.Services.Moderation", t.Namespace, StringComparison.Ordinal));
    }
}
