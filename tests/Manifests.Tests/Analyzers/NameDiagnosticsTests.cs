using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// KM101 object names, KM102 namespaces and KM105 container names: the squiggle sits on the name as written, or on
/// the whole attribute when the name was derived from a class or workload name nobody wrote.
/// </summary>
public class NameDiagnosticsTests
{
    [Fact]
    public Task Valid_workload_names_are_accepted()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment(Name = "a")] [Container("nginx:1.27", Name = "web")] public partial class A { }
            [Deployment(Name = "a.b-c")] [Container("nginx:1.27", Name = "web")] public partial class B { }
            [Deployment(Name = "0web")] [Container("nginx:1.27", Name = "web")] public partial class C { }
            [ReplicaSet(Name = "123")] [Container("nginx:1.27", Name = "web")] public partial class D { }
            [ReplicaSet(Name = "web-1.example.com")] [Container("nginx:1.27", Name = "web")] public partial class E { }
            [Deployment(Name = "{{RuleText.Letters(253)}}")] [Container("nginx:1.27", Name = "web")] public partial class F { }
            """);

    [Fact]
    public Task A_workload_name_of_254_characters_is_reported_with_its_length()
    {
        var name = RuleText.Letters(254);
        return VerifyAsync($$"""
            using Manifests;
            [Deployment(Name = {|#0:"{{name}}"|})] [Container("nginx:1.27", Name = "web")] public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage($"Deployment name '{name}' is invalid: must be no more than 253 characters (it has 254)"));
    }

    [Fact]
    public Task Invalid_workload_names_are_reported_at_the_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Name = {|KM101:"Web"|})] [Container("nginx:1.27", Name = "web")] public partial class A { }
            [Deployment(Name = {|KM101:"-web"|})] [Container("nginx:1.27", Name = "web")] public partial class B { }
            [Deployment(Name = {|KM101:"web-"|})] [Container("nginx:1.27", Name = "web")] public partial class C { }
            [ReplicaSet(Name = {|KM101:".web"|})] [Container("nginx:1.27", Name = "web")] public partial class D { }
            [ReplicaSet(Name = {|KM101:"web..api"|})] [Container("nginx:1.27", Name = "web")] public partial class E { }
            [ReplicaSet(Name = {|KM101:"web api"|})] [Container("nginx:1.27", Name = "web")] public partial class F { }
            """);

    [Fact]
    public Task An_invalid_deployment_name_says_what_a_subdomain_is()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = 2, Name = {|#0:"Foo_Bar"|})] [Container("nginx:1.27", Name = "web")] public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage("Deployment name 'Foo_Bar' is invalid: " + RuleText.Subdomain));

    [Fact]
    public Task An_empty_replica_set_name_is_reported_as_empty()
        => VerifyAsync("""
            using Manifests;
            [ReplicaSet(Name = {|#0:""|})] [Container("postgres:16", Name = "db")] public partial class Database { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage("ReplicaSet name '' is invalid: a name must not be empty"));

    [Fact]
    public Task Class_names_become_valid_kebab_case_names()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] public partial class Foo_Bar { }
            [Deployment] [Container("nginx:1.27")] public partial class OrderAPIServer { }
            [ReplicaSet] [Container("nginx:1.27")] public partial class Web2 { }
            """);

    [Fact]
    public Task A_name_derived_from_the_class_name_is_reported_at_the_whole_attribute()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Replicas = 2)|}] [Container("nginx:1.27", Name = "cafe")] public partial class Café { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage(
                "Deployment name 'café' is invalid: " + RuleText.Subdomain + " (the name comes from the class name: set Name on the attribute)"));

    [Fact]
    public Task A_class_name_too_long_for_a_name_is_reported_at_the_bare_attribute()
        => VerifyAsync($$"""
            using Manifests;
            [{|KM101:ReplicaSet|}] [Container("nginx:1.27", Name = "web")] public partial class {{RuleText.Letters(254)}} { }
            """);

    [Fact]
    public Task Service_names_are_checked_as_dns_1035_labels()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = "web", Port = 80)] public partial class A { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = "abc-123", Port = 80)] public partial class B { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = "z", Port = 80)] public partial class C { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|KM101:"web.api"|}, Port = 80)] public partial class D { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|KM101:"Web"|}, Port = 80)] public partial class E { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|KM101:"web-"|}, Port = 80)] public partial class F { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|KM101:"web_api"|}, Port = 80)] public partial class G { }
            """);

    [Fact]
    public Task A_service_name_must_start_with_a_letter()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, Name = {|#0:"1web"|})] public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage("Service name '1web' is invalid: " + RuleText.Dns1035));

    [Fact]
    public Task A_service_name_of_64_characters_is_reported_with_its_length()
    {
        var name = RuleText.Letters(64);
        return VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Name = {|#0:"{{name}}"|}, Port = 80)] public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage($"Service name '{name}' is invalid: must be no more than 63 characters (it has 64)"));
    }

    [Fact]
    public Task A_service_named_after_a_workload_name_that_is_no_dns_1035_label_is_reported_at_the_service_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Name = "9web")]
            [Container("nginx:1.27", Name = "web")]
            [Port(8080)]
            [{|#0:Service(Port = 80)|}]
            public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage(
                "Service name '9web' is invalid: " + RuleText.Dns1035 + " (the Service is named after the workload: set Name on [Service])"));

    [Fact]
    public Task Namespaces_are_checked_as_dns_1123_labels()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment(Namespace = "shop")] [Container("nginx:1.27")] public partial class A { }
            [Deployment(Namespace = "123-abc")] [Container("nginx:1.27")] public partial class B { }
            [Deployment(Namespace = "{{RuleText.Letters(63)}}")] [Container("nginx:1.27")] public partial class C { }
            [Deployment(Namespace = {|KM102:"Shop"|})] [Container("nginx:1.27")] public partial class D { }
            [Deployment(Namespace = {|KM102:"shop.prod"|})] [Container("nginx:1.27")] public partial class E { }
            [Deployment(Namespace = {|KM102:"-shop"|})] [Container("nginx:1.27")] public partial class F { }
            [Deployment(Namespace = {|KM102:"shop-"|})] [Container("nginx:1.27")] public partial class G { }
            [Deployment(Namespace = {|KM102:""|})] [Container("nginx:1.27")] public partial class H { }
            """);

    [Fact]
    public Task An_invalid_namespace_says_what_a_label_is()
        => VerifyAsync("""
            using Manifests;
            [ReplicaSet(Namespace = {|#0:"Bad_NS"|})] [Container("postgres:16")] public partial class Db { }
            """,
            Diagnostic("KM102").WithLocation(0).WithMessage("Namespace 'Bad_NS' is invalid: " + RuleText.Label));

    [Fact]
    public Task A_namespace_of_64_characters_is_reported_with_its_length()
    {
        var ns = RuleText.Letters(64);
        return VerifyAsync($$"""
            using Manifests;
            [Deployment(Namespace = {|#0:"{{ns}}"|})] [Container("nginx:1.27")] public partial class Web { }
            """,
            Diagnostic("KM102").WithLocation(0).WithMessage($"Namespace '{ns}' is invalid: must be no more than 63 characters (it has 64)"));
    }

    [Fact]
    public Task Invalid_container_names_are_reported_at_the_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("nginx:1.27", Name = {|KM105:"API"|})] public partial class A { }
                [Container("nginx:1.27", Name = {|KM105:"api.server"|})] public partial class B { }
                [Container("nginx:1.27", Name = {|KM105:"-api"|})] public partial class C { }
                [Container("nginx:1.27", Name = {|KM105:""|})] public partial class D { }
            }
            """);

    [Fact]
    public Task An_invalid_container_name_in_a_nested_class_is_reported_there()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1", Name = {|#0:"Api_Server"|})]
                public partial class Api { }
            }
            """,
            Diagnostic("KM105").WithLocation(0).WithMessage("Container name 'Api_Server' is invalid: " + RuleText.Label));

    [Fact]
    public Task A_container_name_of_63_characters_is_accepted_and_64_is_not()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("nginx:1.27", Name = "{{RuleText.Letters(63)}}")] public partial class Long { }
                [Container("nginx:1.27", Name = {|#0:"{{RuleText.Letters(64)}}"|})] public partial class TooLong { }
            }
            """,
            Diagnostic("KM105").WithLocation(0).WithMessage($"Container name '{RuleText.Letters(64)}' is invalid: must be no more than 63 characters (it has 64)"));

    [Fact]
    public Task A_container_named_after_its_nested_class_is_reported_at_the_container_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [{|#0:Container("nginx:1.27")|}]
                public partial class Café { }
            }
            """,
            Diagnostic("KM105").WithLocation(0).WithMessage(
                "Container name 'café' is invalid: " + RuleText.Label + " (the name comes from the class name: set Name on [Container])"));

    [Fact]
    public Task A_dotted_workload_name_gives_its_container_and_service_dashed_names_without_a_diagnostic()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Name = "shop.web")]
            [Container("nginx:1.27")]
            [Port(8080)]
            [Service(Port = 80)]
            public partial class Web { }
            """);
}
