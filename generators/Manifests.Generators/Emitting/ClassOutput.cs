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
internal sealed record ClassOutput(string ClassName, EquatableArray<ManifestDocument> Documents, EquatableArray<WithheldObject> Withheld)
{
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
