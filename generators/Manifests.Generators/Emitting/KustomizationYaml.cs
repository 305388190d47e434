using System.Collections.Generic;

namespace Manifests.Generators.Emitting;

/// <summary>The kustomization.yaml that lists every generated file, so the folder applies with <c>kubectl apply -k</c>.</summary>
internal static class KustomizationYaml
{
    public const string ApiVersion = "kustomize.config.k8s.io/v1beta1";

    public const string Kind = "Kustomization";

    /// <summary>Every kustomization's file name.</summary>
    public const string FileName = "kustomization.yaml";

    /// <param name="paths">The files, relative to the kustomization's folder, in order.</param>
    public static string Emit(IEnumerable<string> paths)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", ApiVersion)
            .Pair("kind", Kind);
        yaml.Key("resources").BeginSequence();
        foreach (var path in paths)
        {
            yaml.String(path);
        }
        yaml.EndSequence();
        return yaml.EndMapping().Finish();
    }
}
