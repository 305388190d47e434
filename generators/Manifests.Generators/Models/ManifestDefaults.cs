using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>The assembly-wide defaults: <c>[assembly: ManifestDefaults(...)]</c> and <c>[assembly: Label(...)]</c>.</summary>
/// <param name="Namespace">The default namespace, if any.</param>
/// <param name="PartOf">The <c>app.kubernetes.io/part-of</c> value, if any.</param>
/// <param name="CommonLabels">Labels of every object. Sources index the assembly's attribute list.</param>
/// <param name="NamespaceSource">Where the namespace was written.</param>
/// <param name="PartOfSource">Where the part-of value was written.</param>
internal sealed record ManifestDefaults(
    string? Namespace,
    string? PartOf,
    EquatableArray<KeyValueSpec> CommonLabels,
    SourceRef NamespaceSource,
    SourceRef PartOfSource)
{
    public static readonly ManifestDefaults None = new(null, null, EquatableArray<KeyValueSpec>.Empty, default, default);
}
