using System.Reflection;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace DisputeCenter.ArchitectureTests;

/// <summary>Data flows one way: pages call services, services call the domain; the domain knows no framework.</summary>
public sealed class LayeringTests
{
    private const string Frameworks = @"^(Microsoft\.EntityFrameworkCore|Microsoft\.AspNetCore|Npgsql|FluentValidation)(\.|$)";

    [Fact]
    public void The_domain_uses_no_type_of_EF_Core_ASP_NET_Core_Npgsql_or_FluentValidation()
    {
        Types().That().ResideInAssembly(Solution.Domain).As("The types of DisputeCenter.Domain")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Frameworks)
            .Because("the domain is plain C#: persistence, the web and input validation live above it")
            .Check(Solution.Architecture);
    }

    [Fact]
    public void The_domain_assembly_references_no_EF_Core_ASP_NET_Core_Npgsql_or_FluentValidation()
    {
        AssertReferencesNone(Solution.Domain, Frameworks);
    }

    [Fact]
    public void The_service_layer_uses_no_type_of_the_web_project()
    {
        Types().That().ResideInAssembly(Solution.Services).As("The types of DisputeCenter.Services")
            .Should().NotDependOnAnyTypesThat().ResideInAssembly(Solution.Web)
            .AndShould().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^DisputeCenter\.Web(\.|$)")
            .Because("the web calls the service layer, never the other way round")
            .Check(Solution.Architecture);
    }

    [Fact]
    public void The_service_assembly_does_not_reference_the_web_assembly()
    {
        AssertReferencesNone(Solution.Services, @"^DisputeCenter\.Web$");
    }

    [Fact]
    public void Page_models_never_touch_a_DbContext()
    {
        Assert.NotEmpty(Solution.PageModels);
        Types().That().Are(Solution.PageModels).As("Page models (types deriving from PageModel)")
            .Should().NotDependOnAny(Solution.DbContexts)
            .AndShould().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Microsoft\.EntityFrameworkCore(\.|$)")
            .Because("a page model binds input and calls one service method; the service owns the DbContext")
            .Check(Solution.Architecture);
    }

    [Fact]
    public void Views_never_touch_a_DbContext()
    {
        Assert.NotEmpty(Solution.Views);
        Types().That().Are(Solution.Views).As("Views (types compiled from .cshtml, deriving from RazorPageBase)")
            .Should().NotDependOnAny(Solution.DbContexts)
            .AndShould().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Microsoft\.EntityFrameworkCore(\.|$)")
            .Because("a view renders what its page model hands it")
            .Check(Solution.Architecture);
    }

    private static void AssertReferencesNone(Assembly assembly, string pattern)
    {
        var offending = assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => System.Text.RegularExpressions.Regex.IsMatch(name, pattern))
            .ToList();
        Assert.True(offending.Count == 0, $"{assembly.GetName().Name} references {string.Join(", ", offending)}");
    }
}
