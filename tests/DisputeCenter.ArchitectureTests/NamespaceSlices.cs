using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Slices;

namespace DisputeCenter.ArchitectureTests;

/// <summary>
/// Slices named after the first namespace below a root: <c>Below("DisputeCenter.Domain")</c> puts
/// DisputeCenter.Domain.Disputes, .Disputes.Rules and .Disputes.Timeline in one slice "DisputeCenter.Domain.Disputes".
/// </summary>
/// <remarks>
/// ArchUnitNET 0.13.5's <c>Slices().Matching("Root.(*)")</c> makes a slice of every sub-namespace
/// (Disputes.Rules apart from Disputes), so it would report a folder's own rules as a cycle.
/// Types outside the root, and types directly in it (the composition root), belong to no slice.
/// </remarks>
internal static class NamespaceSlices
{
    public static GivenSlices Below(string root)
    {
        var creator = new SliceRuleCreator();
        creator.SetSliceAssignment(new SliceAssignment(type => Assign(type, root), $"of the namespaces one level below {root}"));
        return new GivenSlices(creator);
    }

    private static SliceIdentifier Assign(IType type, string root) =>
        SliceOf(type, root) is { } slice ? SliceIdentifier.Of(slice, null, null) : SliceIdentifier.Ignore();

    /// <summary>"DisputeCenter.Domain.Disputes" for a type in DisputeCenter.Domain.Disputes.Rules, below the root "DisputeCenter.Domain".</summary>
    public static string? SliceOf(IType type, string root)
    {
        // Compiler-made types (<PrivateImplementationDetails> for u8 literals and constant arrays) have no namespace.
        var ns = type.Namespace?.FullName;
        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var below = ns[(root.Length + 1)..];
        var dot = below.IndexOf('.', StringComparison.Ordinal);
        return $"{root}.{(dot < 0 ? below : below[..dot])}";
    }
}
