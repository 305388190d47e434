using Microsoft.CodeAnalysis;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// Volumes and mounts: one source and a valid, unique name per volume (KM124), claim names (KM101), size limits
/// (KM108), settings of another source (KM117), the Secrets and ConfigMaps they name (KM405), mount and sub-paths
/// (KM124), and every mount of a declared volume, every volume mounted (KM406).
/// </summary>
public class VolumeDiagnosticsTests
{
    private const string Config = """
        [ConfigMap] [Data("app.conf", "x")] public partial class ShopConfig { }
        [Secret("tls", Keys = new[] { "tls.crt" })] public partial class Tls { }
        """;

    private static string Project(string workload) => "using Manifests;\n" + Config + "\n" + workload;

    [Fact]
    public Task Every_source_mounted_once_is_accepted()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")]
            [Volume("cache", EmptyDir = true, Medium = StorageMedium.Memory, SizeLimit = "64Mi")]
            [Volume("config", ConfigMap = typeof(ShopConfig))]
            [Volume("tls", Secret = typeof(Tls))]
            [Volume("data", Claim = "web-data", ReadOnly = true)]
            [Mount("cache", "/var/cache/app")]
            [Mount("config", "/etc/app", ReadOnly = true)]
            [Mount("config", "/etc/other", SubPath = "app.conf")]
            [Mount("tls", "/etc/tls")]
            [Mount("data", "/data", SubPath = "a/b..c/.d")]
            public partial class Web { }
            """));

    [Fact]
    public Task A_volume_claim_counts_as_declared_on_a_stateful_set()
        => VerifyAsync("""
            using Manifests;
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] [VolumeClaim("data", "10Gi")] [Mount("data", "/var/lib/postgresql/data")] public partial class Db { }
            """);

    [Fact]
    public Task A_volume_without_a_source_is_reported_at_the_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [{|#0:Volume("cache", EmptyDir = false)|}] [Mount("cache", "/cache")] public partial class Web { }
            """,
            Diagnostic("KM124").WithLocation(0).WithMessage(
                "Volume 'cache' has no source: set EmptyDir = true, ConfigMap = typeof(...), Secret = typeof(...) or Claim = \"claim-name\""));

    [Fact]
    public Task Each_source_beyond_the_first_is_reported_at_its_argument()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Volume("cache", EmptyDir = true, Secret = {|#0:typeof(Tls)|}, Claim = {|#1:"web-cache"|})] [Mount("cache", "/cache")] public partial class Web { }
            """),
            Diagnostic("KM124").WithLocation(0).WithMessage(
                "Volume 'cache' sets both EmptyDir and Secret, but a volume has exactly one source and Kubernetes rejects two: keep one, and declare another [Volume] for the other"),
            Diagnostic("KM124").WithLocation(1).WithMessage(
                "Volume 'cache' sets both EmptyDir and Claim, but a volume has exactly one source and Kubernetes rejects two: keep one, and declare another [Volume] for the other"));

    [Fact]
    public Task Invalid_and_repeated_volume_names_are_reported_at_the_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [Volume({|#0:"Cache_Dir"|}, EmptyDir = true)] [Mount("Cache_Dir", "/cache")]
            [Volume("tmp", EmptyDir = true)] [Volume({|#1:"tmp"|}, EmptyDir = true)] [Mount("tmp", "/tmp")]
            public partial class Web { }
            """,
            Diagnostic("KM124").WithLocation(0).WithMessage("Volume name 'Cache_Dir' is invalid: " + RuleText.Label),
            Diagnostic("KM124").WithLocation(1).WithMessage("Volume 'tmp' is declared twice in the pod of 'web': give each volume its own name"));

    [Fact]
    public Task An_invalid_claim_name_is_km101()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("data", Claim = {|#0:"Web_Data"|})] [Mount("data", "/data")] public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage("PersistentVolumeClaim name 'Web_Data' is invalid: " + RuleText.Subdomain));

    [Fact]
    public Task Size_limits_are_quantities()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [Volume("a", EmptyDir = true, SizeLimit = {|#0:"1GB"|})] [Volume("b", EmptyDir = true, SizeLimit = {|#1:"-1Gi"|})]
            [Mount("a", "/a")] [Mount("b", "/b")]
            public partial class Web { }
            """,
            Diagnostic("KM108").WithLocation(0).WithMessage("Size limit '1GB' of volume 'a' is invalid: write a number with an optional suffix, such as 64Mi or 1Gi"),
            Diagnostic("KM108").WithLocation(1).WithMessage("Size limit '-1Gi' of volume 'b' is invalid: must be greater than or equal to 0"));

    [Fact]
    public Task Settings_of_another_source_are_km117()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")]
            [Volume("config", ConfigMap = typeof(ShopConfig), Medium = {|#0:StorageMedium.Memory|}, SizeLimit = {|#1:"1Gi"|}, ReadOnly = {|#2:true|})]
            [Mount("config", "/etc/app")]
            public partial class Web { }
            """),
            Diagnostic("KM117").WithLocation(0).WithMessage("Medium has no effect on [Volume] 'config', which is not an EmptyDir: remove Medium, or set EmptyDir = true"),
            Diagnostic("KM117").WithLocation(1).WithMessage("SizeLimit has no effect on [Volume] 'config', which is not an EmptyDir: remove SizeLimit, or set EmptyDir = true"),
            Diagnostic("KM117").WithLocation(2).WithMessage("ReadOnly has no effect on [Volume] 'config', which is not a Claim: set ReadOnly = true on its [Mount] instead"));

    [Fact]
    public Task A_volume_reference_is_checked_like_an_env_reference()
        => VerifyAsync(Project("""
            [Deployment] [Container("nginx:1.27")] [Volume("tls", ConfigMap = {|#0:typeof(Tls)|})] [Mount("tls", "/etc/tls")] public partial class Web { }
            """),
            Diagnostic("KM405").WithLocation(0).WithMessage(
                "[Volume] sets ConfigMap = typeof(Tls), but 'Tls' is a Secret, so Kubernetes would look for a ConfigMap that is not there: write Secret = typeof(Tls)"));

    [Fact]
    public Task Empty_and_repeated_mount_paths_are_reported_at_the_path()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [Volume("a", EmptyDir = true)] [Volume("b", EmptyDir = true)]
            [Mount("a", {|#0:""|})] [Mount("a", "/data")] [Mount("b", {|#1:"/data"|})]
            public partial class Web { }
            """,
            Diagnostic("KM124").WithLocation(0).WithMessage("Container 'web' mounts volume 'a' at an empty path: write the absolute path in the container, such as \"/var/cache/app\""),
            Diagnostic("KM124").WithLocation(1).WithMessage("Container 'web' mounts two volumes at '/data': a path holds one mount, so give each its own path"));

    [Fact]
    public Task The_same_path_in_two_containers_is_fine()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Volume("shared", EmptyDir = true)]
            public partial class Web
            {
                [Container("nginx:1.27")] [Mount("shared", "/data")] public partial class Main { }
                [Container("busybox:1.36")] [Mount("shared", "/data")] public partial class Side { }
            }
            """);

    [Fact]
    public Task A_sub_path_must_stay_inside_its_volume()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("data", EmptyDir = true)]
            [Mount("data", "/a", SubPath = {|#0:"/pgdata"|})] [Mount("data", "/b", SubPath = {|#1:"../etc"|})] [Mount("data", "/c", SubPath = {|#2:"x/../../y"|})]
            public partial class Web { }
            """,
            Diagnostic("KM124").WithLocation(0).WithMessage("SubPath '/pgdata' of the mount of 'data' in container 'web' is invalid: must be a relative path inside the volume, such as \"pgdata\""),
            Diagnostic("KM124").WithLocation(1).WithMessage("SubPath '../etc' of the mount of 'data' in container 'web' is invalid: must not contain '..', so name a path inside the volume"),
            Diagnostic("KM124").WithLocation(2).WithMessage("SubPath 'x/../../y' of the mount of 'data' in container 'web' is invalid: must not contain '..', so name a path inside the volume"));

    [Fact]
    public Task A_mount_of_an_undeclared_volume_is_an_error_with_the_pods_volumes()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("cache", EmptyDir = true)] [Mount("cache", "/cache")] [Mount({|#0:"config"|}, "/etc/app")] public partial class Web { }
            [Deployment] [Container("nginx:1.27")] [Mount({|#1:"cache"|}, "/cache")] public partial class Bare { }
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] [Mount({|#2:"data"|}, "/data")] public partial class Db { }
            """,
            Diagnostic("KM406").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "Container 'web' mounts volume 'config', which the pod does not declare, so Kubernetes rejects the pod: the pod declares 'cache', so mount one of them or declare 'config'"),
            Diagnostic("KM406").WithLocation(1).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "Container 'bare' mounts volume 'cache', which the pod does not declare, so Kubernetes rejects the pod: declare it with [Volume(\"cache\", ...)] on the workload class"),
            Diagnostic("KM406").WithLocation(2).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "Container 'db' mounts volume 'data', which the pod does not declare, so Kubernetes rejects the pod: declare it with [Volume(\"data\", ...)], or with [VolumeClaim(\"data\", ...)] for storage of each pod's own"));

    [Fact]
    public Task A_misspelt_volume_gets_did_you_mean()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("config", EmptyDir = true)] [Mount("config", "/a")] [Mount({|#0:"confg"|}, "/b")] public partial class Web { }
            """,
            Diagnostic("KM406").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "Container 'web' mounts volume 'confg', which the pod does not declare, so Kubernetes rejects the pod: did you mean 'config'?"));

    [Fact]
    public Task A_volume_nothing_mounts_is_a_warning_at_its_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume({|#0:"scratch"|}, EmptyDir = true)] public partial class Web { }
            """,
            Diagnostic("KM406").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
                "Volume 'scratch' is declared but no container mounts it: mount it with [Mount(\"scratch\", \"/path\")] beside the container that needs it, or remove it"));

    [Fact]
    public Task A_volume_only_an_init_container_mounts_is_mounted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("seed", EmptyDir = true)]
            public partial class Web
            {
                [InitContainer("busybox:1.36")] [Mount("seed", "/seed")] public partial class Prepare { }
            }
            """);

    [Fact]
    public Task Mount_text_with_a_lone_surrogate_is_km120()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("a", EmptyDir = true)] [Mount("a", "/a", SubPath = {|#0:"x\uDC00"|})] public partial class Web { }
            """,
            Diagnostic("KM120").WithLocation(0).WithMessage("Mount of container 'web' contains a lone UTF-16 surrogate (\\uDC00), which no YAML file can hold: remove it or complete the pair"));
}
