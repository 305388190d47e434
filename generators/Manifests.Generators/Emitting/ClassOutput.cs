using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;

namespace Manifests.Generators.Emitting;

/// <summary>One emitted Kubernetes object: who it is, its file, and its YAML.</summary>
internal sealed record ManifestDocument(ObjectFile File, string Yaml);

/// <summary>An object a class declares but that gets no YAML, and why, in a sentence the build shows the user.</summary>
internal sealed record WithheldObject(ObjectFile File, string Reason);

/// <summary>
/// What one class produces (a workload with the objects around it, or a ConfigMap): its documents when it is valid, else the objects it declares, withheld with the
/// reason. Both are kept so that the build can tell "this class wrote nothing" from "this class has an error".
/// </summary>
/// <param name="ClassName">The class, as the user reads it (<c>Shop.Frontend</c>).</param>
/// <param name="Documents">Its objects' documents (the base, when environments are declared).</param>
/// <param name="Withheld">The objects it declares but could not generate.</param>
/// <param name="Environments">What it adds to each environment's kustomization.</param>
/// <param name="Patches">Each environment's patches of its objects.</param>
internal sealed record ClassOutput(
    string ClassName,
    EquatableArray<ManifestDocument> Documents,
    EquatableArray<WithheldObject> Withheld,
    EquatableArray<EnvironmentContribution> Environments,
    EquatableArray<ManifestDocument> Patches)
{
    public ClassOutput(string className, EquatableArray<ManifestDocument> documents, EquatableArray<WithheldObject> withheld)
        : this(className, documents, withheld, EquatableArray<EnvironmentContribution>.Empty, EquatableArray<ManifestDocument>.Empty)
    {
    }

    /// <summary>The objects the class declares, written or withheld.</summary>
    public EquatableArray<ObjectFile> Objects
    {
        get
        {
            var files = new ObjectFile[Documents.Count + Withheld.Count];
            for (var i = 0; i < Documents.Count; i++)
            {
                files[i] = Documents[i].File;
            }
            for (var i = 0; i < Withheld.Count; i++)
            {
                files[Documents.Count + i] = Withheld[i].File;
            }
            return files.ToEquatableArray();
        }
    }
}

/// <summary>What one class adds to one environment's kustomization: its patches (relative to the environment's folder) and its images.</summary>
internal sealed record EnvironmentContribution(string Environment, EquatableArray<string> Patches, EquatableArray<ImageEntry> Images);

/// <summary>One environment's part of the index: its patches and images, for its kustomization.</summary>
internal sealed record EnvironmentIndex(string Name, EquatableArray<string> Patches, EquatableArray<ImageEntry> Images);

/// <summary>
/// What the index needs, without YAML: whether the project declares any object, the layer the objects go to, the
/// Namespace the defaults create, the files of every class that claims no contested object (in order), each
/// environment's part, and the team's own resources the kustomization lists after the generated files.
/// </summary>
internal sealed record DocumentIndex(bool HasObjects, string? Folder, ObjectFile? Namespace, EquatableArray<string> Paths, EquatableArray<EnvironmentIndex> Environments, EquatableArray<string> Resources);
