namespace Manifests.Tests.Build.Support;

/// <summary>Sets of files shaped like the generator's: objects under a namespace folder, and a kustomization listing them.</summary>
internal static class SampleManifests
{
    public const string Kustomization = "kustomization.yaml";

    public static readonly string[] ShopObjects = ["shop/db-replicaset.yaml", "shop/frontend-deployment.yaml", "shop/frontend-service.yaml"];

    /// <summary>The shop's three objects and their kustomization.</summary>
    public static Dictionary<string, string> Shop(string version = "1") => Objects(version, ShopObjects);

    /// <summary><paramref name="paths"/>, each with content naming it and <paramref name="version"/>, and a kustomization listing them.</summary>
    public static Dictionary<string, string> Objects(string version, params string[] paths)
    {
        var files = paths.ToDictionary(path => path, path => ObjectYaml(path, version), StringComparer.Ordinal);
        if (paths.Length > 0)
        {
            files[Kustomization] = KustomizationListing(paths);
        }
        return files;
    }

    public static string ObjectYaml(string path, string version) => $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {Path.GetFileNameWithoutExtension(path)}\ndata:\n  version: \"{version}\"\n";

    public static string KustomizationListing(IEnumerable<string> paths)
        => "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
            + string.Concat(paths.Order(StringComparer.Ordinal).Select(path => $"- {path}\n"));

    /// <summary>The paths a kustomization lists.</summary>
    public static IEnumerable<string> Listed(string kustomization)
        => kustomization.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).Select(line => line[2..]);
}
