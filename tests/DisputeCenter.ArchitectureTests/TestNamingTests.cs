using System.Reflection;

namespace DisputeCenter.ArchitectureTests;

/// <summary>A test class named for a class (<c>FileDisputeServiceTests</c>) tests a class that exists.</summary>
public sealed class TestNamingTests
{
    /// <summary>The endings that make a test class's name read as the name of a class, not of a behaviour.</summary>
    private static readonly string[] ClassNameEndings =
        ["Service", "Validator", "Planner", "Notifier", "Dispatcher", "Sweep", "Sweeper", "Store", "Sniffer", "Seeder", "Hasher", "Query", "Inbox", "Rule"];

    private static readonly string[] TestAssemblies =
        ["DisputeCenter.Domain.Tests", "DisputeCenter.Services.Tests", "DisputeCenter.Web.Tests", "DisputeCenter.BrowserTests"];

    [Fact]
    public void A_test_class_named_after_a_service_or_validator_names_one_that_exists()
    {
        var productTypes = new[] { Solution.Domain, Solution.Services, Solution.Web }
            .SelectMany(a => a.GetTypes())
            .Select(t => t.Name.Split('`')[0])
            .ToHashSet(StringComparer.Ordinal);
        var testClasses = TestAssemblies.Select(name => Assembly.Load(name))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && t.Name.EndsWith("Tests", StringComparison.Ordinal) && t.GetMethods().Any(IsTest))
            .ToList();

        var misnamed = testClasses
            .Select(t => (Test: t, Subject: t.Name[..^"Tests".Length]))
            .Where(x => ClassNameEndings.Any(ending => x.Subject.EndsWith(ending, StringComparison.Ordinal)) && !productTypes.Contains(x.Subject))
            .Select(x => $"{x.Test.FullName}: there is no class {x.Subject}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(testClasses.Count > 40, $"Only {testClasses.Count} test classes found: is every test assembly loaded?");
        Assert.True(misnamed.Count == 0, "Test classes named after a class that does not exist (name them for the class they test, or for the behaviour):\n" + string.Join("\n", misnamed));
    }

    private static bool IsTest(MethodInfo method) =>
        method.CustomAttributes.Any(a => a.AttributeType.FullName is "Xunit.FactAttribute" or "Xunit.TheoryAttribute"
            || a.AttributeType.BaseType?.FullName is "Xunit.FactAttribute" or "Xunit.TheoryAttribute");
}
