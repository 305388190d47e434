namespace Manifests.PackageTests.Support;

/// <summary>The seed's shop from examples/Shop, as the consumer projects' C# files.</summary>
public static class Shop
{
    /// <summary>The example's C# files, exactly as they are in examples/Shop.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sources =
        Directory.GetFiles(Path.Combine(PackageFixture.FindRepositoryRoot(AppContext.BaseDirectory), "examples", "Shop"), "*.cs")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText);

    public static string Frontend => Sources["Frontend.cs"];

    public static string Backend => Sources["Backend.cs"];

    /// <summary>The files the shop writes, relative to the output folder, in ordinal order.</summary>
    public static readonly string[] Files =
    [
        "kustomization.yaml",
        "shop/backend-deployment.yaml",
        "shop/backend-poddisruptionbudget.yaml",
        "shop/backend-service.yaml",
        "shop/db-service.yaml",
        "shop/db-statefulset.yaml",
        "shop/frontend-deployment.yaml",
        "shop/frontend-horizontalpodautoscaler.yaml",
        "shop/frontend-ingress.yaml",
        "shop/frontend-poddisruptionbudget.yaml",
        "shop/frontend-service.yaml",
        "shop/shop-config-configmap.yaml",
    ];

    /// <summary>The file in the output folder that names the project owning it.</summary>
    public const string Marker = ".manifests-owner";

    /// <summary>Everything the build puts in the output folder: the files and the marker, in ordinal order.</summary>
    public static readonly string[] OutputFolder = [Marker, .. Files];

    /// <summary>Writes the shop's C# files into <paramref name="consumer"/>.</summary>
    public static ConsumerProject WithShop(this ConsumerProject consumer)
    {
        foreach (var (name, source) in Sources)
        {
            consumer.WriteFile(name, source);
        }
        return consumer;
    }
}
