using System.Reflection;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;
using ArchLoader = ArchUnitNET.Loader.ArchLoader;

namespace DisputeCenter.ArchitectureTests;

/// <summary>The three production assemblies, loaded once for every rule, and the kinds of type the rules speak of.</summary>
internal static class Solution
{
    public static readonly Assembly Domain = Assembly.Load("DisputeCenter.Domain");

    public static readonly Assembly Services = Assembly.Load("DisputeCenter.Services");

    public static readonly Assembly Web = Assembly.Load("DisputeCenter.Web");

    public static readonly ArchitectureModel Architecture = new ArchLoader().LoadAssemblies(Domain, Services, Web).Build();

    /// <summary>Every DbContext the product defines, wherever it lives.</summary>
    public static Type[] DbContexts { get; } = TypesOf(Domain, Services, Web).Where(t => typeof(DbContext).IsAssignableFrom(t)).ToArray();

    /// <summary>The page models: every type in the web assembly that derives from <see cref="PageModel"/>.</summary>
    public static Type[] PageModels { get; } = TypesOf(Web).Where(t => typeof(PageModel).IsAssignableFrom(t)).ToArray();

    /// <summary>The views, pages, partials and layouts compiled from .cshtml files (AspNetCoreGeneratedDocument.*).</summary>
    public static Type[] Views { get; } = TypesOf(Web).Where(t => typeof(RazorPageBase).IsAssignableFrom(t)).ToArray();

    private static IEnumerable<Type> TypesOf(params Assembly[] assemblies) => assemblies.SelectMany(a => a.GetTypes());
}
