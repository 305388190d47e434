using System.Reflection;
using Manifests.Tests.Support;

namespace Manifests.Tests.Generator;

/// <summary>
/// The Shop example as <c>dotnet build</c> left it on disk (this project references it, so it is built first): every
/// file the generator produces is there, byte for byte, and passes the Kubernetes client's strict parse.
/// </summary>
public class ExampleOnDiskTests
{
    [Fact]
    public void The_built_shop_example_wrote_exactly_its_generated_files()
    {
        var configuration = typeof(ExampleOnDiskTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var folder = Repository.PathOf("examples", "Shop", "bin", configuration, "net10.0", "manifests");
        Assert.True(Directory.Exists(folder), $"{folder} does not exist: was examples/Shop built?");

        var onDisk = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText);
        var generated = GeneratorHarness.Run(Repository.ExampleSources("Shop")).ByPath;

        Assert.Equal(generated.Keys, onDisk.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, yaml) in generated)
        {
            Assert.Equal(yaml, onDisk[path]);
            if (path != "kustomization.yaml")
            {
                KubernetesJudge.Parse(onDisk[path]);
            }
        }
    }
}
