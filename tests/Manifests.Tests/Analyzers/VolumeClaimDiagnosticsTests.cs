using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// A StatefulSet's volume claims as the API server judges them (KM146), claims nothing mounts (KM415), a claim name
/// used twice (KM416), and a StatefulSet without its governing Service (KM417).
/// </summary>
public class VolumeClaimDiagnosticsTests
{
    /// <summary>A StatefulSet with its Service that mounts "data"; each test adds the claims under test.</summary>
    private static string Database(string claims, string extra = "") => $$"""
        using Manifests;
        [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)]
        [Mount("data", "/var/lib/postgresql/data")] {{extra}}
        {{claims}}
        public partial class Database { }
        """;

    [Theory]
    [InlineData("[VolumeClaim(\"data\", \"10Gi\")]")]
    [InlineData("[VolumeClaim(\"data\", \"500M\", StorageClass = \"fast.ssd\", AccessMode = VolumeAccessMode.ReadWriteOncePod)]")]
    [InlineData("[VolumeClaim(\"data\", \"1e12\", StorageClass = \"\")]")]
    public Task Claims_kubernetes_takes_are_accepted(string claim)
        => VerifyAsync(Database(claim));

    [Theory]
    [InlineData("Data")]
    [InlineData("pg.data")]
    [InlineData("")]
    public Task A_claim_name_that_is_no_volume_name_is_reported_at_the_name(string name)
        => VerifyAsync(Database($$"""[VolumeClaim({|#0:"{{name}}"|}, "10Gi")] [VolumeClaim("data", "1Gi")]"""),
            Diagnostic("KM146").WithLocation(0).WithMessage(
                $"Volume claim name '{name}' is invalid: " + (name.Length == 0 ? "a name must not be empty" : RuleText.Label)));

    [Theory]
    [InlineData("10GB")]
    [InlineData("ten")]
    [InlineData("")]
    public Task A_size_that_is_no_quantity_is_reported_at_the_size(string size)
        => VerifyAsync(Database($$"""[VolumeClaim("data", {|#0:"{{size}}"|})]"""),
            Diagnostic("KM146").WithLocation(0).WithMessage(
                $"Size '{size}' of volume claim 'data' is invalid: write a quantity of storage such as 10Gi or 500Mi"));

    [Theory]
    [InlineData("0")]
    [InlineData("-1Gi")]
    [InlineData("0.0Mi")]
    public Task A_size_of_zero_or_less_is_reported_at_the_size(string size)
        => VerifyAsync(Database($$"""[VolumeClaim("data", {|#0:"{{size}}"|})]"""),
            Diagnostic("KM146").WithLocation(0).WithMessage($"Size '{size}' of volume claim 'data' is invalid: must be greater than zero"));

    [Fact]
    public Task A_storage_class_that_is_no_object_name_is_reported_at_the_class()
        => VerifyAsync(Database("""[VolumeClaim("data", "10Gi", StorageClass = {|#0:"Fast_SSD"|})]"""),
            Diagnostic("KM146").WithLocation(0).WithMessage("Storage class name 'Fast_SSD' of volume claim 'data' is invalid: " + RuleText.Subdomain));

    [Fact]
    public Task A_claim_no_container_mounts_is_a_warning_at_its_name()
        => VerifyAsync(Database("""[VolumeClaim("data", "10Gi")] [VolumeClaim({|#0:"wal"|}, "2Gi")]"""),
            Diagnostic("KM415").WithLocation(0).WithMessage(
                "Volume claim 'wal' of 'database' is mounted by no container, so every pod gets a volume nobody uses: mount it with [Mount(\"wal\", \"/path\")] beside the container that needs it, or remove the claim"));

    [Fact]
    public Task A_claim_a_sidecar_or_init_container_mounts_is_mounted()
        => VerifyAsync("""
            using Manifests;
            [StatefulSet] [Service(Port = 5432)]
            [VolumeClaim("data", "10Gi")] [VolumeClaim("backup", "10Gi")] [VolumeClaim("seed", "1Gi")]
            public partial class Database
            {
                [Container("postgres:16")] [Port(5432)] [Mount("data", "/var/lib/postgresql/data")] public partial class Postgres { }
                [Container("backup:2")] [Mount("backup", "/backup")] public partial class Backup { }
                [InitContainer("busybox:1.36")] [Mount("seed", "/seed")] public partial class Seed { }
            }
            """);

    [Fact]
    public Task A_claim_declared_twice_is_reported_at_the_second()
        => VerifyAsync(Database("""[VolumeClaim("data", "10Gi")] [VolumeClaim({|#0:"data"|}, "20Gi")]"""),
            Diagnostic("KM416").WithLocation(0).WithMessage("Volume claim 'data' is declared twice on 'database': give each claim its own name"));

    [Fact]
    public Task A_claim_named_as_a_pod_volume_is_reported_at_the_claim()
        => VerifyAsync(Database("""[VolumeClaim({|#0:"data"|}, "10Gi")]""", """[Volume("data", EmptyDir = true)]"""),
            Diagnostic("KM416").WithLocation(0).WithMessage(
                "Volume claim 'data' has the name of a [Volume] of 'database': the StatefulSet puts the claim in the volume's place and the volume is lost, so rename one of them"));

    [Fact]
    public Task A_stateful_set_without_a_service_is_a_warning_at_the_stateful_set()
        => VerifyAsync("""
            using Manifests;
            [{|#0:StatefulSet(Replicas = 3)|}] [Container("postgres:16")] [Port(5432)]
            [Mount("data", "/var/lib/postgresql/data")] [VolumeClaim("data", "10Gi")]
            public partial class Database { }
            """,
            Diagnostic("KM417").WithLocation(0).WithMessage(
                "StatefulSet 'database' has no [Service], so its pods get no stable DNS names (database-0.database), which is what a StatefulSet is for: add [Service(Port = ...)], which Manifests writes as the headless governing Service"));

    [Fact]
    public Task A_deployment_needs_no_governing_service()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("worker:1")]
            public partial class Worker { }
            """);
}
