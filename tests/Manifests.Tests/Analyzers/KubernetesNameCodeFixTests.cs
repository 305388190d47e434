using Manifests.CodeFixes;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// <see cref="KubernetesNameCodeFix"/>: a name written as a literal becomes the nearest valid name under its own
/// rule, and no fix is offered when lower-casing and separators cannot make it valid (the source stays as it is).
/// </summary>
public class KubernetesNameCodeFixTests
{
    [Fact]
    public Task A_deployment_name_becomes_kebab_case()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment(Name = {|KM101:"Order_API"|})] [Container("nginx:1.27", Name = "api")] public partial class Orders { }
            """,
            """
            using Manifests;
            [Deployment(Name = "order-api")] [Container("nginx:1.27", Name = "api")] public partial class Orders { }
            """);

    [Fact]
    public Task An_invalid_workload_name_is_reported_once_not_again_on_the_container_named_after_it()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment(Name = {|KM101:"Order_API"|})] [Container("nginx:1.27")] public partial class Orders { }
            """,
            """
            using Manifests;
            [Deployment(Name = "order-api")] [Container("nginx:1.27")] public partial class Orders { }
            """);

    [Fact]
    public Task A_deployment_name_keeps_its_dots()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [ReplicaSet(Name = {|KM101:"Shop.DB"|})] [Container("postgres:16", Name = "db")] public partial class Database { }
            """,
            """
            using Manifests;
            [ReplicaSet(Name = "shop.db")] [Container("postgres:16", Name = "db")] public partial class Database { }
            """);

    [Fact]
    public Task A_service_name_loses_its_dots()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|KM101:"Web.Api"|}, Port = 80)] public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = "web-api", Port = 80)] public partial class Web { }
            """);

    [Fact]
    public Task A_service_name_starting_with_a_digit_has_no_fix()
    {
        const string source = """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|KM101:"1web"|}, Port = 80)] public partial class Web { }
            """;
        return VerifyNoCodeFixAsync<KubernetesNameCodeFix>(source);
    }

    [Fact]
    public Task A_port_name_is_lower_cased()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = {|KM107:"HTTP"|})] public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] public partial class Web { }
            """);

    [Fact]
    public Task A_port_name_that_stays_too_long_has_no_fix()
    {
        const string source = """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = {|KM107:"HTTP_Metrics_Port"|})] public partial class Web { }
            """;
        return VerifyNoCodeFixAsync<KubernetesNameCodeFix>(source);
    }

    [Fact]
    public Task A_namespace_becomes_kebab_case()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment(Namespace = {|KM102:"My_Shop"|})] [Container("nginx:1.27")] public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment(Namespace = "my-shop")] [Container("nginx:1.27")] public partial class Web { }
            """);

    [Fact]
    public Task The_default_namespace_becomes_kebab_case()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [assembly: ManifestDefaults(Namespace = {|KM102:"My_Shop"|})]
            """,
            """
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "my-shop")]
            """);

    [Fact]
    public Task A_container_name_in_a_nested_class_becomes_kebab_case()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1", Name = {|KM105:" Api Server! "|})] public partial class Api { }
            }
            """,
            """
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1", Name = "api-server")] public partial class Api { }
            }
            """);

    [Fact]
    public Task Every_name_of_a_class_can_be_fixed()
        => VerifyCodeFixAsync<KubernetesNameCodeFix>(
            """
            using Manifests;
            [Deployment(Name = {|KM101:"Web_App"|}, Namespace = {|KM102:"My_Shop"|})]
            [Container("nginx:1.27", Name = {|KM105:"Web_Server"|})]
            [Port(8080, Name = {|KM107:"HTTP"|})]
            public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment(Name = "web-app", Namespace = "my-shop")]
            [Container("nginx:1.27", Name = "web-server")]
            [Port(8080, Name = "http")]
            public partial class Web { }
            """);

    [Fact]
    public Task A_name_derived_from_the_class_name_has_no_fix()
    {
        const string source = """
            using Manifests;
            [{|KM101:Deployment|}] [Container("nginx:1.27", Name = "cafe")] public partial class Café { }
            """;
        return VerifyNoCodeFixAsync<KubernetesNameCodeFix>(source);
    }

    [Fact]
    public Task A_name_from_a_constant_has_no_fix()
    {
        const string source = """
            using Manifests;
            static class Names { public const string Web = "Web_App"; }
            [Deployment(Name = {|KM101:Names.Web|})] [Container("nginx:1.27", Name = "web")] public partial class Web { }
            """;
        return VerifyNoCodeFixAsync<KubernetesNameCodeFix>(source);
    }
}
