using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>What a class that another refers to by <c>typeof</c> turned out to be.</summary>
internal enum ReferenceKind
{
    /// <summary>None of the kinds below: a reference to it is reported.</summary>
    Other,
    Secret,
    ConfigMap,
    Workload,
}

/// <summary>
/// A class referred to by <c>typeof</c> (a Secret, a ConfigMap, a workload), read when the referring class is parsed:
/// what the checks across objects (KM403, KM405) need of it, as plain values. A change to the referred class changes
/// this value, so the referring class is judged again.
/// </summary>
/// <param name="ClassName">The referred class, as the user reads it.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Its object name (Secret name, ConfigMap name, workload name); empty for <see cref="ReferenceKind.Other"/>.</param>
/// <param name="Namespace">Its namespace when it sets one.</param>
/// <param name="Keys">A Secret's declared keys, or a ConfigMap's data keys.</param>
/// <param name="HasService">For a workload: whether a Service reaches its pods.</param>
/// <param name="Source">The <c>typeof</c> argument.</param>
internal sealed record ClassReference(
    string ClassName,
    ReferenceKind Kind,
    string Name,
    string? Namespace,
    EquatableArray<string> Keys,
    bool HasService,
    SourceRef Source);
