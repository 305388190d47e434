namespace Manifests.PackageTests.Support;

/// <summary>The seed's shop, as a user would write it: the consumer projects' C# files.</summary>
public static class Shop
{
    public const string Defaults = """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop", PartOf = "shop")]
        [assembly: Label("team", "commerce")]

        """;

    public const string Frontend = """
        using Manifests;

        namespace Shop;

        [Deployment(Replicas = 3)]
        [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
        [Port(8080, Name = "http")]
        [Env("API_URL", "http://backend:8080")]
        [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
        [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
        [Label("tier", "frontend")]
        [Service(Port = 80, TargetPort = "http")]
        public partial class Frontend
        {
        }

        """;

    public const string Backend = """
        using Manifests;

        namespace Shop;

        [Deployment(Replicas = 2)]
        [Label("tier", "backend")]
        [Service(Port = 8080, TargetPort = "api")]
        public partial class Backend
        {
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Port(8080, Name = "api")]
            [Env("DB_HOST", "db")]
            [Resources(CpuRequest = "500m", CpuLimit = "1", MemoryRequest = "512Mi", MemoryLimit = "1Gi")]
            public partial class Api
            {
            }

            [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")]
            public partial class LogShipper
            {
            }
        }

        """;

    public const string Database = """
        using Manifests;

        namespace Shop;

        [ReplicaSet(Name = "db", Replicas = 1)]
        [Container("idock.daumkakao.io/shop/db:15.4")]
        [Port(5432, Name = "postgres")]
        [Resources(CpuRequest = "500m", MemoryRequest = "1Gi", MemoryLimit = "2Gi")]
        [Service(Port = 5432)]
        public partial class Database
        {
        }

        """;

    /// <summary>The files the shop writes, relative to the output folder, in ordinal order.</summary>
    public static readonly string[] Files =
    [
        "kustomization.yaml",
        "shop/backend-deployment.yaml",
        "shop/backend-service.yaml",
        "shop/db-replicaset.yaml",
        "shop/db-service.yaml",
        "shop/frontend-deployment.yaml",
        "shop/frontend-service.yaml",
    ];

    /// <summary>Writes the four shop files into <paramref name="consumer"/>.</summary>
    public static ConsumerProject WithShop(this ConsumerProject consumer)
    {
        consumer.WriteFile("Defaults.cs", Defaults);
        consumer.WriteFile("Frontend.cs", Frontend);
        consumer.WriteFile("Backend.cs", Backend);
        consumer.WriteFile("Database.cs", Database);
        return consumer;
    }
}
