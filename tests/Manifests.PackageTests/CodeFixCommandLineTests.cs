using Manifests.PackageTests.Support;

namespace Manifests.PackageTests;

/// <summary>
/// Every code fix applied outside the IDE, as a CI job or a pre-commit hook would: <c>dotnet format analyzers</c> with
/// every fixable ID on a project that breaks each rule once, against the packed package.
/// </summary>
public sealed class CodeFixCommandLineTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    private const string Catalog = """
        idock.daumkakao.io/shop/frontend:1.4.2
        idock.daumkakao.io/shop/backend:2.0.1
        idock.daumkakao.io/shop/payments:3.0.0
        idock.daumkakao.io/shop/worker:3.0.0
        idock.daumkakao.io/shop/worker:3.1.0
        idock.daumkakao.io/mirror/redis:7.2
        idock.daumkakao.io/shop/batch:1.0.0
        idock.daumkakao.io/shop/orders:1.0.0
        """;

    private const string Nodes = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata:
            name: batch-1
          spec:
            taints:
            - key: dedicated
              value: batch
              effect: NoSchedule
        """;

    private static readonly string[] FixableIds = ["KM101", "KM102", "KM105", "KM107", "KM201", "KM202", "KM203", "KM204", "KM205", "KM301"];

    [Fact]
    public void Dotnet_format_applies_every_fix_to_every_occurrence()
    {
        using var consumer = package.CreateConsumer();
        consumer.SetProject(
            properties: "<ManifestsAllowedRegistries>idock.daumkakao.io</ManifestsAllowedRegistries>",
            items: """<ManifestsImageCatalog Include="registry/images.txt" /><ManifestsClusterNodes Include="cluster/nodes.yaml" />""");
        consumer.WriteFile("registry/images.txt", Catalog);
        consumer.WriteFile("cluster/nodes.yaml", Nodes);
        consumer.WriteFile("Names.cs", """
            using Manifests;

            namespace Shop;

            [Deployment(Name = "Order_API", Namespace = "Shop_NS")]
            [Container("idock.daumkakao.io/shop/orders:1.0.0", Name = "Main_Container")]
            [Port(8080, Name = "HTTP_Port")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            public partial class Orders { }

            [Deployment(Name = "Payments_API")]
            [Container("idock.daumkakao.io/shop/payments:3.0.0")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            public partial class Payments { }
            """);
        consumer.WriteFile("Images.cs", """
            using Manifests;

            namespace Shop;

            [Deployment]
            [Container("https://idock.daumkakao.io/shop/Frontend:1.4.2")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            [Label("tier", "frontend")]
            public partial class Frontend { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Label("tier", "backend")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            public partial class Backend { }

            [Deployment]
            [Container("redis:7.2")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            public partial class Cache { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/workr:3.1.0")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            public partial class Jobs { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/worker")]
            [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
            public partial class Worker { }
            """);
        consumer.WriteFile("Scheduling.cs", """
            using Manifests;

            namespace Shop;

            [Deployment]
            [Container("idock.daumkakao.io/shop/batch:1.0.0")]
            public partial class Batch { }
            """);
        // Restored and built once, as a developer's working copy would be.
        Assert.False(consumer.Build().Succeeded, "The broken project must not build before the fixes.");

        var format = DotNet.Run(consumer.Root,
            ["format", "analyzers", consumer.ProjectFile, "--diagnostics", .. FixableIds, "--severity", "warn", "-v", "diag"],
            TimeSpan.FromMinutes(5));

        Assert.True(format.Succeeded, format.ToString());
        Assert.False(format.Log.Contains("Unable to fix", StringComparison.Ordinal) || format.Log.Contains("Fix All", StringComparison.Ordinal), format.ToString());

        var names = File.ReadAllText(Path.Combine(consumer.Root, "Names.cs"));
        Assert.Contains("[Deployment(Name = \"order-api\", Namespace = \"shop-ns\")]", names, StringComparison.Ordinal);
        Assert.Contains("Name = \"main-container\")]", names, StringComparison.Ordinal);
        Assert.Contains("[Port(8080, Name = \"http-port\")]", names, StringComparison.Ordinal);
        Assert.Contains("[Deployment(Name = \"payments-api\")]", names, StringComparison.Ordinal);

        var images = File.ReadAllText(Path.Combine(consumer.Root, "Images.cs"));
        Assert.Contains("[Container(\"idock.daumkakao.io/shop/frontend:1.4.2\")]\n[Toleration", images, StringComparison.Ordinal);   // KM201: both defects
        Assert.Contains("[Container(\"idock.daumkakao.io/shop/backend:2.0.1\")]\n[Label(\"tier\", \"backend\")]", images, StringComparison.Ordinal); // KM204
        Assert.Contains("[Container(\"idock.daumkakao.io/mirror/redis:7.2\")]", images, StringComparison.Ordinal);                    // KM202
        Assert.Contains("[Container(\"idock.daumkakao.io/shop/worker:3.1.0\")]\n[Toleration(\"dedicated\", Value = \"batch\", Effect = TaintEffect.NoSchedule)]\npublic partial class Jobs", images, StringComparison.Ordinal); // KM203
        Assert.Contains("[Container(\"idock.daumkakao.io/shop/worker:3.1.0\")]\n[Toleration(\"dedicated\", Value = \"batch\", Effect = TaintEffect.NoSchedule)]\npublic partial class Worker", images, StringComparison.Ordinal); // KM205

        var scheduling = File.ReadAllText(Path.Combine(consumer.Root, "Scheduling.cs"));
        Assert.Contains("[Deployment]\n[Toleration(\"dedicated\", Value = \"batch\", Effect = TaintEffect.NoSchedule)]\n", scheduling.ReplaceLineEndings("\n"), StringComparison.Ordinal); // KM301

        // Fixed, the project builds.
        consumer.BuildSucceeds();
    }
}
