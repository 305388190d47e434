using Manifests.CodeFixes;
using Manifests.CodeFixes.References;
using Microsoft.CodeAnalysis;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The pod's fixes, before and after: <see cref="NearestNameCodeFix"/> writes the declared name nearest to a misspelt
/// key (KM405), probe port (KM404) or volume (KM406); <see cref="ReferencePropertyCodeFix"/> turns <c>Secret =</c> into
/// <c>ConfigMap =</c> (or back) for the class's kind. With several diagnostics, the testing library also applies each fix
/// to all of them at once (Fix All, by document, project and solution), which must give the same result.
/// </summary>
public class ReferenceCodeFixTests
{
    private const string Config = """
        [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class ShopConfig { }
        [Secret("db-credentials", Keys = new[] { "username", "password" })] public partial class DbCredentials { }
        """;

    [Fact]
    public Task A_misspelt_key_becomes_the_nearest_declared_key_each_its_own()
        => VerifyCodeFixAsync<NearestNameCodeFix>(
            "using Manifests;\n" + Config + """

            [Deployment] [Container("nginx:1.27")]
            [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = {|KM405:"pasword"|})]
            [Env("DB_USER", Secret = typeof(DbCredentials), Key = {|KM405:"usrname"|})]
            [Env("LEVEL", ConfigMap = typeof(ShopConfig), Key = {|KM405:"LOG_LEVL"|})]
            public partial class Web { }
            """,
            "using Manifests;\n" + Config + """

            [Deployment] [Container("nginx:1.27")]
            [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]
            [Env("DB_USER", Secret = typeof(DbCredentials), Key = "username")]
            [Env("LEVEL", ConfigMap = typeof(ShopConfig), Key = "LOG_LEVEL")]
            public partial class Web { }
            """);

    [Fact]
    public Task A_key_taken_from_the_variable_name_is_not_renamed_the_name_is_the_users()
        => VerifyNoCodeFixAsync<NearestNameCodeFix>(
            "using Manifests;\n" + Config + """

            [Deployment] [Container("nginx:1.27")] [Env({|KM405:"LOG_LEVL"|}, ConfigMap = typeof(ShopConfig))] public partial class Web { }
            """);

    [Fact]
    public Task A_key_with_no_near_declared_key_gets_no_fix()
        => VerifyNoCodeFixAsync<NearestNameCodeFix>(
            "using Manifests;\n" + Config + """

            [Deployment] [Container("nginx:1.27")] [Env("TOKEN", Secret = typeof(DbCredentials), Key = {|KM405:"token"|})] public partial class Web { }
            """);

    [Fact]
    public Task A_misspelt_probe_port_name_becomes_the_containers_port_name()
        => VerifyCodeFixAsync<NearestNameCodeFix>(
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(9090, Name = "metrics")]
            [ReadinessProbe(Path = "/healthz", Port = {|#0:"htp"|})] [LivenessProbe(TcpPort = {|#1:"metric"|})]
            public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(9090, Name = "metrics")]
            [ReadinessProbe(Path = "/healthz", Port = "http")] [LivenessProbe(TcpPort = "metrics")]
            public partial class Web { }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Error),
            Diagnostic("KM404").WithLocation(1).WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task A_misspelt_mounted_volume_becomes_the_declared_volume()
        => VerifyCodeFixAsync<NearestNameCodeFix>(
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume({|#2:"config"|}, EmptyDir = true)] [Volume({|#3:"cache"|}, EmptyDir = true)]
            [Mount({|#0:"confg"|}, "/etc/app")] [Mount({|#1:"cahce"|}, "/cache")]
            public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Volume("config", EmptyDir = true)] [Volume("cache", EmptyDir = true)]
            [Mount("config", "/etc/app")] [Mount("cache", "/cache")]
            public partial class Web { }
            """,
            Diagnostic("KM406").WithLocation(0).WithSeverity(DiagnosticSeverity.Error),
            Diagnostic("KM406").WithLocation(1).WithSeverity(DiagnosticSeverity.Error),
            // Until the mounts are fixed, nothing mounts the two volumes.
            Diagnostic("KM406").WithLocation(2).WithSeverity(DiagnosticSeverity.Warning),
            Diagnostic("KM406").WithLocation(3).WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task A_config_map_written_as_a_secret_and_a_secret_written_as_a_config_map_are_renamed()
        => VerifyCodeFixAsync<ReferencePropertyCodeFix>(
            "using Manifests;\n" + Config + """

            [Deployment] [Container("nginx:1.27")]
            [Env("LOG_LEVEL", Secret = {|KM405:typeof(ShopConfig)|})]
            [Volume("credentials", ConfigMap = {|KM405:typeof(DbCredentials)|})] [Mount("credentials", "/etc/db")]
            public partial class Web { }
            """,
            "using Manifests;\n" + Config + """

            [Deployment] [Container("nginx:1.27")]
            [Env("LOG_LEVEL", ConfigMap = typeof(ShopConfig))]
            [Volume("credentials", Secret = typeof(DbCredentials))] [Mount("credentials", "/etc/db")]
            public partial class Web { }
            """);

    [Fact]
    public Task A_reference_to_a_class_that_is_neither_gets_no_rename()
        => VerifyNoCodeFixAsync<ReferencePropertyCodeFix>("""
            using Manifests;
            public class Helper { }
            [Deployment] [Container("nginx:1.27")] [Env("A", Secret = {|KM405:typeof(Helper)|})] public partial class Web { }
            """);

    [Fact]
    public Task An_upper_case_probe_port_name_is_lower_cased_by_the_name_fix()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [ReadinessProbe(TcpPort = {|KM107:"HTTP"|})] public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [ReadinessProbe(TcpPort = "http")] public partial class Web { }
            """);
}
