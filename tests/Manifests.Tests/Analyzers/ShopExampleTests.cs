using System.Xml.Linq;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The seed's shop (the sources of examples/Shop, with its project's registries, image catalog and cluster profile) and
/// the design document's example: real apps build without a squiggle. The shop's build treats warnings as errors, so a
/// diagnostic of any analyzer there would fail it.
/// </summary>
public class ShopExampleTests
{
    [Fact]
    public Task The_shop_has_no_diagnostic_from_any_analyzer_as_its_project_configures_them()
        => ShopProject(Repository.ExampleSources("Shop")).RunAsync();

    /// <summary>
    /// The test above is only worth something if the shop's settings reach the analyzers: give the seed's toleration
    /// a value no node's taint has, or take a pull secret away, and the cluster's and the private registry's warnings
    /// come back.
    /// </summary>
    [Fact]
    public Task A_wrong_toleration_or_a_missing_pull_secret_in_the_shop_is_reported()
    {
        var sources = Repository.ExampleSources("Shop").Select(source => source
            .Replace(
                "[Toleration(\"node-role.dkosv3.9rum.cc/lb\", Value = \"true\"",
                "[Toleration({|KM302:\"node-role.dkosv3.9rum.cc/lb\"|}, Value = \"yes\"",
                StringComparison.Ordinal)
            .Replace("[Container(\"idock.daumkakao.io/shop/db:15.4\")]", "[Container({|KM505:\"idock.daumkakao.io/shop/db:15.4\"|})]", StringComparison.Ordinal)
            .Replace("[ImagePullSecret(\"idock-pull\")]\n[Label(\"tier\", \"db\")]", "[Label(\"tier\", \"db\")]", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(2, sources.Count(source => source.Contains("{|KM", StringComparison.Ordinal)));
        Assert.Equal(2, sources.Sum(source => source.Split("idock-pull").Length - 1));
        return ShopProject(sources).RunAsync();
    }

    [Fact]
    public Task The_design_documents_example_has_no_diagnostics()
        => VerifyAsync("""
            using Manifests;

            [assembly: ManifestDefaults(Namespace = "shop")]

            [Deployment(Replicas = 3)]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Port(8080, Name = "http")]
            [Env("API_URL", "http://backend:8080")]
            [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            [Label("tier", "frontend")]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }

            [ReplicaSet(Name = "db", Replicas = 1)]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [Port(5432)]
            public partial class Database { }

            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080)] public partial class Api { }
                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] public partial class LogShipper { }
            }
            """);

    /// <summary>
    /// Every analyzer the package ships, over <paramref name="sources"/>, with what Shop.csproj gives them: its allowed
    /// and private registries, its image catalog and its cluster profile, read from the project file itself so that
    /// the test follows the example as it changes.
    /// </summary>
    private static ProjectBuilder ShopProject(string[] sources)
    {
        var project = XDocument.Load(Repository.PathOf("examples", "Shop", "Shop.csproj"));
        string Property(string name) => project.Descendants(name).Single().Value.Trim();
        string Item(string name) => project.Descendants(name).Single().Attribute("Include")!.Value;
        string Read(string path) => File.ReadAllText(Repository.PathOf(["examples", "Shop", .. path.Split('/')]));

        return new ProjectBuilder(sources)
        {
            Analyzer = new WorkloadAnalyzer(),
            OtherAnalyzers = [new ImageAnalyzer(), new SchedulingAnalyzer(), new BestPracticeAnalyzer()],
            AllowedRegistries = Property("ManifestsAllowedRegistries"),
            PrivateRegistries = Property("ManifestsPrivateRegistries"),
            Catalog = Read(Item("ManifestsImageCatalog")),
        }.WithClusterNodes("/0/" + Item("ManifestsClusterNodes"), Read(Item("ManifestsClusterNodes")));
    }
}
