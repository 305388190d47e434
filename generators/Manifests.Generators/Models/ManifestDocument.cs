namespace Manifests.Generators.Models;

/// <summary>One emitted Kubernetes object: its identity, the file it goes to, and its YAML.</summary>
/// <param name="Kind">Deployment, ReplicaSet or Service.</param>
/// <param name="Name">The object name.</param>
/// <param name="Namespace">The namespace, or null.</param>
/// <param name="Path">The file path relative to the output folder ('/'-separated).</param>
/// <param name="Yaml">The YAML document.</param>
internal sealed record ManifestDocument(string Kind, string Name, string? Namespace, string Path, string Yaml)
{
    /// <summary>The document without its YAML: what the index of all files lists.</summary>
    public ManifestEntry Entry => new(Kind, Name, Namespace, Path);
}

/// <summary>
/// A document as the index of all files sees it: everything but the YAML, so that editing a workload's YAML leaves
/// the index equal and the pipeline does not re-emit it.
/// </summary>
internal sealed record ManifestEntry(string Kind, string Name, string? Namespace, string Path);
