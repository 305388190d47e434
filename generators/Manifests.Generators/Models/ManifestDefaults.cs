using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>The assembly-wide defaults: <c>[assembly: ManifestDefaults(...)]</c> and <c>[assembly: Label(...)]</c>.</summary>
/// <param name="Namespace">The default namespace, if any.</param>
/// <param name="PartOf">The <c>app.kubernetes.io/part-of</c> value, if any.</param>
/// <param name="CommonLabels">Labels of every object. Sources index the assembly's attribute list.</param>
/// <param name="AllowedRegistries">The registries images may come from, as written in C# (the MSBuild property adds more).</param>
/// <param name="PrivateRegistries">The registries that need pull credentials.</param>
/// <param name="CreateNamespace">Whether the Namespace itself is written.</param>
/// <param name="Environments">The declared environments, in order.</param>
/// <param name="NamespaceSource">Where the namespace was written.</param>
/// <param name="PartOfSource">Where the part-of value was written.</param>
/// <param name="InvalidArguments">Arguments the assembly's attributes cannot take.</param>
internal sealed record ManifestDefaults(
    string? Namespace,
    string? PartOf,
    EquatableArray<KeyValueSpec> CommonLabels,
    EquatableArray<string> AllowedRegistries,
    EquatableArray<string> PrivateRegistries,
    bool CreateNamespace,
    EquatableArray<EnvironmentSpec> Environments,
    SourceRef NamespaceSource,
    SourceRef PartOfSource,
    EquatableArray<InvalidArgument> InvalidArguments)
{
    public static readonly ManifestDefaults None = new(
        null, null, EquatableArray<KeyValueSpec>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, false, EquatableArray<EnvironmentSpec>.Empty, default, default, EquatableArray<InvalidArgument>.Empty);
}

/// <summary>A declared environment: its name, and the cluster profile its pods are judged against, if named.</summary>
internal sealed record EnvironmentSpec(Sourced<string> Name, Sourced<string>? ClusterNodes);
