using ArchUnitNET.xUnit;

namespace DisputeCenter.ArchitectureTests;

public sealed class NamespaceCycleTests
{
    [Fact]
    public void The_domain_the_services_and_the_web_do_not_depend_on_each_other_in_a_circle()
    {
        NamespaceSlices.Below("DisputeCenter").Should().BeFreeOfCycles().Check(Solution.Architecture);
    }
}
