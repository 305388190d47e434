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

    /// <summary>The fixes of the v1 rules: names, references, exposure, best practice.</summary>
    private static readonly string[] PodFixableIds = ["KM150", "KM404", "KM405", "KM406", "KM407", "KM408", "KM412", "KM417", "KM502", "KM503", "KM504", "KM505", "KM506"];

    [Fact]
    public void Dotnet_format_applies_every_fix_of_the_pod_and_the_objects_around_it()
    {
        using var consumer = package.CreateConsumer();
        consumer.SetProject(properties: "<ManifestsPrivateRegistries>idock.daumkakao.io</ManifestsPrivateRegistries>");
        consumer.WriteFile("Shop.cs", """
            using Manifests;

            [assembly: ManifestEnvironment("Prod")]

            namespace Shop;

            [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class ShopConfig { }
            [Secret("db-credentials", Keys = new[] { "username", "password" })] public partial class DbCredentials { }

            [Deployment(Replicas = 3)]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Port(8080, Name = "http")]
            [ReadinessProbe(Path = "/healthz", Port = "htp")]
            [Resources(CpuRequest = "250m", MemoryRequest = "256Mi")]
            [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = "pasword")]
            [Env("LOG_LEVEL", Secret = typeof(ShopConfig))]
            [Volume("cache", EmptyDir = true)]
            [Mount("cahce", "/cache")]
            [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
            [ImagePullSecret("idock-pull")]
            [Service(Port = 80, TargetPort = "http")]
            [Ingress("shop.example.com", Port = 8080)]
            [Autoscale(Min = 2, Max = 5, CpuPercent = 70)]
            [Override("Prod", MaxReplicas = 10)]
            public partial class Frontend { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Port(8080, Name = "api")]
            [Resources(CpuRequest = "500m", MemoryRequest = "512Mi")]
            [Env("API_TOKEN", "s3cr3t-value")]
            [Ingress("api.example.com")]
            public partial class Backend { }

            [StatefulSet]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [Port(5432, Name = "postgres")]
            [ReadinessProbe(TcpPort = "postgres")]
            [Resources(CpuRequest = "500m", MemoryRequest = "1Gi")]
            [SecurityContext(RunAsNonRoot = true, RunAsUser = 999, AllowPrivilegeEscalation = false)]
            [ImagePullSecret("idock-pull")]
            public partial class Database { }
            """);
        Assert.False(consumer.Build().Succeeded, "The broken project must not build before the fixes.");

        // Some fixes make room for others (a Service added lets the readiness check see it): run until nothing changes.
        for (var pass = 0; pass < 3; pass++)
        {
            var format = DotNet.Run(consumer.Root,
                ["format", "analyzers", consumer.ProjectFile, "--diagnostics", .. PodFixableIds, "--severity", "warn", "-v", "diag"],
                TimeSpan.FromMinutes(5));
            Assert.True(format.Succeeded, format.ToString());
            Assert.False(format.Log.Contains("Unable to fix", StringComparison.Ordinal) || format.Log.Contains("Fix All", StringComparison.Ordinal), format.ToString());
        }

        var shop = File.ReadAllText(Path.Combine(consumer.Root, "Shop.cs")).ReplaceLineEndings("\n");
        Assert.Contains("[assembly: ManifestEnvironment(\"prod\")]", shop, StringComparison.Ordinal);                              // KM150
        Assert.Contains("[Override(\"Prod\", MaxReplicas = 10)]", shop, StringComparison.Ordinal);                                  // KM150 leaves a KM151, which has no fix
        Assert.Contains("[Deployment]\n[Container(\"idock.daumkakao.io/shop/frontend:1.4.2\")]", shop, StringComparison.Ordinal);  // KM412
        Assert.Contains("[ReadinessProbe(Path = \"/healthz\", Port = \"http\")]", shop, StringComparison.Ordinal);                 // KM404
        Assert.Contains("Key = \"password\")]", shop, StringComparison.Ordinal);                                                     // KM405, the key
        Assert.Contains("[Env(\"LOG_LEVEL\", ConfigMap = typeof(ShopConfig))]", shop, StringComparison.Ordinal);                    // KM405, the kind
        Assert.Contains("[Mount(\"cache\", \"/cache\")]", shop, StringComparison.Ordinal);                                          // KM406
        Assert.Contains("[Ingress(\"shop.example.com\")]", shop, StringComparison.Ordinal);                                         // KM408
        Assert.Contains("[Env(\"API_TOKEN\", Secret = typeof(BackendSecrets), Key = \"API_TOKEN\")]", shop, StringComparison.Ordinal); // KM503
        Assert.Contains("[Secret(\"backend-secrets\", Keys = new[] { \"API_TOKEN\" })]", shop, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(shop, "[Service(Port = "));                                                                        // the frontend's, and KM407 and KM417 add one each
        Assert.Contains("[ReadinessProbe(TcpPort = \"api\")]", shop, StringComparison.Ordinal);                                     // KM502
        Assert.Contains("RunAsNonRoot = true", shop[shop.IndexOf("public partial class Frontend", StringComparison.Ordinal)..], StringComparison.Ordinal); // KM504
        Assert.Contains("AllowPrivilegeEscalation = false", shop[shop.IndexOf("public partial class Frontend", StringComparison.Ordinal)..], StringComparison.Ordinal); // KM506
        Assert.Equal(3, CountOf(shop, "[ImagePullSecret(\"idock-pull\")]"));                                                       // KM505

        // Fixed (and the environment the rename left behind named right), the project builds without a warning.
        consumer.WriteFile("Shop.cs", shop.Replace("[Override(\"Prod\"", "[Override(\"prod\"", StringComparison.Ordinal));
        var build = consumer.BuildSucceeds();
        Assert.DoesNotContain(": warning KM", build.Log, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
