using System.Collections.Generic;

namespace Manifests.Generators.Emitting;

/// <summary>The kustomization.yaml that lists every generated file, so the folder applies with <c>kubectl apply -k</c>.</summary>
internal static class KustomizationYaml
{
    /// <param name="paths">The files, relative to the kustomization's folder, in order.</param>
    public static string Emit(IEnumerable<string> paths)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", "kustomize.config.k8s.io/v1beta1")
            .Pair("kind", "Kustomization");
        yaml.Key("resources").BeginSequence();
        foreach (var path in paths)
        {
            yaml.String(path);
        }
        yaml.EndSequence();
        return yaml.EndMapping().Finish();
    }
}
