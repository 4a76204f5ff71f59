using ArchUnitNET.xUnit;

namespace DisputeCenter.ArchitectureTests;

/// <summary>The domain's first-level folders (Common, Conversations, Deadlines, Disputes, Evidence, Notifications, Orders) form no circle.</summary>
public sealed class DomainLayoutTests
{
    [Fact]
    public void The_domain_folders_do_not_depend_on_each_other_in_a_circle()
    {
        NamespaceSlices.Below("DisputeCenter.Domain").Should().BeFreeOfCycles().Check(Solution.Architecture);
    }
}
