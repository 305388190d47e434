using System.Runtime.Loader;
using Manifests.Tests.Support;

namespace Manifests.Tests.Generator;

/// <summary>The generated <c>GeneratedManifests</c> class, run: what a user's own tests see at run time.</summary>
public class GeneratedCatalogTests
{
    [Fact]
    public void All_lists_every_file_the_build_writes_with_the_same_yaml_in_path_order()
    {
        var files = GeneratorHarness.Run(Repository.ExampleSources("Shop"));
        using var stream = new MemoryStream();
        var emitted = files.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var context = new AssemblyLoadContext(nameof(GeneratedCatalogTests), isCollectible: true);
        try
        {
            stream.Position = 0;
            var catalog = context.LoadFromStream(stream).GetType("Manifests.Generated.GeneratedManifests", throwOnError: true)!;
            var all = (IReadOnlyList<ManifestFile>)catalog.GetProperty("All")!.GetValue(null)!;

            // The YAML comes from the generated classes' ManifestFile attributes, the same the build task writes to disk.
            Assert.Equal(files.ByPath.Keys.Where(path => path != "kustomization.yaml"), all.Select(file => file.Path));
            Assert.All(all, file => Assert.Equal(files[file.Path], file.Yaml));
            var frontend = Assert.Single(all, file => file.Kind == "Deployment" && file.Name == "frontend");
            Assert.Equal(("shop", "shop/frontend-deployment.yaml"), (frontend.Namespace, frontend.Path));
            Assert.Same(all, catalog.GetProperty("All")!.GetValue(null));
        }
        finally
        {
            context.Unload();
        }
    }
}
