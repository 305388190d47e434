using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The Ingress of a workload: its host (KM140), path (KM141), TLS secret and class (KM142) as the API server judges
/// them; its Service and the Service's port (KM407, KM408); a route written twice (KM409) or served by two workloads
/// (KM410, at compilation end).
/// </summary>
public class IngressDiagnosticsTests
{
    private const string WildcardSubdomain =
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com')";

    /// <summary>A workload whose Service (port 80) targets its only port; each test adds the Ingress under test.</summary>
    private static string Web(string ingress) => $$"""
        using Manifests;
        [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)]
        {{ingress}}
        public partial class Web { }
        """;

    [Theory]
    [InlineData("shop.example.com")]
    [InlineData("*.example.com")]
    [InlineData("localhost")]
    [InlineData("")]
    public Task Hosts_the_api_server_takes_are_accepted(string host)
        => VerifyAsync(Web($$"""[Ingress("{{host}}")]"""));

    [Fact]
    public Task A_host_that_is_no_dns_subdomain_is_reported_at_the_host()
        => VerifyAsync(Web("""[Ingress({|#0:"Shop.Example.com"|})]"""),
            Diagnostic("KM140").WithLocation(0).WithMessage("Ingress host 'Shop.Example.com' is invalid: " + RuleText.Subdomain));

    [Theory]
    [InlineData("*.*.example.com")]
    [InlineData("shop.*.com")]
    [InlineData("*example.com")]
    [InlineData("*")]
    public Task A_wildcard_other_than_a_leading_star_dot_is_reported(string host)
        => VerifyAsync(Web($$"""[Ingress({|#0:"{{host}}"|})]"""),
            Diagnostic("KM140").WithLocation(0).WithMessage($"Ingress host '{host}' is invalid: " + WildcardSubdomain));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("010.000.000.001")]
    [InlineData("::1")]
    [InlineData("2001:db8::1")]
    public Task An_ip_address_is_reported_as_kubernetes_words_it(string host)
        => VerifyAsync(Web($$"""[Ingress({|#0:"{{host}}"|})]"""),
            Diagnostic("KM140").WithLocation(0).WithMessage($"Ingress host '{host}' is invalid: must be a DNS name, not an IP address"));

    [Theory]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.256")]
    [InlineData("1.2.3.4.example.com")]
    public Task Digits_and_dots_that_are_no_address_are_a_host(string host)
        => VerifyAsync(Web($$"""[Ingress("{{host}}")]"""));

    [Fact]
    public Task A_host_longer_than_a_subdomain_is_reported_with_its_length()
        => VerifyAsync(Web($$"""[Ingress({|#0:"*.{{RuleText.Letters(252)}}"|})]"""),
            Diagnostic("KM140").WithLocation(0).WithMessage($"Ingress host '*.{RuleText.Letters(252)}' is invalid: must be no more than 253 characters (it has 254)"));

    [Fact]
    public Task An_empty_host_with_a_tls_secret_asks_for_the_host()
        => VerifyAsync(Web("""[Ingress({|#0:""|}, TlsSecret = "shop-tls")]"""),
            Diagnostic("KM140").WithLocation(0).WithMessage(
                "An empty Ingress host routes every host, but TLS secret 'shop-tls' needs the host name its certificate is for: write the host"));

    [Theory]
    [InlineData("api", "Prefix", "must be an absolute path")]
    [InlineData("", "Exact", "must be an absolute path")]
    [InlineData("/shop//cart", "Prefix", "must not contain '//'")]
    [InlineData("/shop/./cart", "Exact", "must not contain '/./'")]
    [InlineData("/shop/../admin", "Prefix", "must not contain '/../'")]
    [InlineData("/shop%2fcart", "Prefix", "must not contain '%2f'")]
    [InlineData("/shop%2Fcart", "Exact", "must not contain '%2F'")]
    [InlineData("/shop/..", "Prefix", "cannot end with '/..'")]
    [InlineData("/shop/.", "Exact", "cannot end with '/.'")]
    [InlineData("shop(/|$)(.*)", "ImplementationSpecific", "must be an absolute path")]
    public Task A_path_kubernetes_rejects_for_its_type_is_reported_at_the_path(string path, string pathType, string rule)
        => VerifyAsync(Web($$"""[Ingress("shop.example.com", Path = {|#0:"{{path}}"|}, PathType = IngressPathType.{{pathType}})]"""),
            Diagnostic("KM141").WithLocation(0).WithMessage($"Ingress path '{path}' ({pathType}) is invalid: {rule}"));

    [Theory]
    [InlineData("/", "Prefix")]
    [InlineData("/shop/cart", "Exact")]
    [InlineData("/shop/cart/", "Prefix")]
    [InlineData("/shop//(.*)", "ImplementationSpecific")]
    [InlineData("", "ImplementationSpecific")]
    public Task Paths_kubernetes_takes_for_their_type_are_accepted(string path, string pathType)
        => VerifyAsync(Web($$"""[Ingress("shop.example.com", Path = "{{path}}", PathType = IngressPathType.{{pathType}})]"""));

    [Fact]
    public Task A_path_yaml_cannot_carry_is_reported_at_the_path()
        => VerifyAsync(Web("""[Ingress("shop.example.com", Path = {|#0:"/shop\uD800"|}, PathType = IngressPathType.ImplementationSpecific)]"""),
            Diagnostic("KM120").WithLocation(0).WithMessage(
                "Path of the Ingress of 'web' contains a lone UTF-16 surrogate (\\uD800), which no YAML file can hold: remove it or complete the pair"));

    [Fact]
    public Task A_tls_secret_that_is_no_secret_name_is_reported_at_the_secret()
        => VerifyAsync(Web("""[Ingress("shop.example.com", TlsSecret = {|#0:"Shop_TLS"|})]"""),
            Diagnostic("KM142").WithLocation(0).WithMessage("TLS secret name 'Shop_TLS' is invalid: " + RuleText.Subdomain));

    [Fact]
    public Task An_empty_tls_secret_is_the_controllers_default_certificate()
        => VerifyAsync(Web("""[Ingress("shop.example.com", TlsSecret = "")]"""));

    [Theory]
    [InlineData("Nginx")]
    [InlineData("")]
    [InlineData("nginx_public")]
    public Task A_class_name_that_is_no_object_name_is_reported_at_the_class(string className)
        => VerifyAsync(Web($$"""[Ingress("shop.example.com", ClassName = {|#0:"{{className}}"|})]"""),
            Diagnostic("KM142").WithLocation(0).WithMessage($"Ingress class name '{className}' is invalid: "
                + (className.Length == 0 ? "a name must not be empty" : RuleText.Subdomain)));

    [Fact]
    public Task Two_classes_for_the_rules_of_one_workload_are_reported_at_the_second()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com", ClassName = "nginx")]
            [Ingress("api.example.com", ClassName = {|#0:"traefik"|})]
            """),
            Diagnostic("KM142").WithLocation(0).WithMessage(
                "Ingress class 'traefik' differs from 'nginx', set by another [Ingress] of 'web': a workload's rules are one Ingress with one class, so give them the same ClassName or set it on one only"));

    [Fact]
    public Task A_class_on_one_rule_only_is_the_ingress_class_and_no_conflict()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com", ClassName = "nginx")]
            [Ingress("api.example.com")]
            [Ingress("www.example.com", ClassName = "nginx")]
            """));

    [Fact]
    public Task Two_tls_secrets_for_one_host_are_reported_at_the_second()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com", TlsSecret = "shop-tls")]
            [Ingress("shop.example.com", Path = "/api", TlsSecret = {|#0:"api-tls"|})]
            """),
            Diagnostic("KM142").WithLocation(0).WithMessage(
                "Host 'shop.example.com' is served with TLS secret 'api-tls' here and 'shop-tls' by another [Ingress] of 'web': a host has one certificate, so use one secret for it"));

    [Fact]
    public Task One_tls_secret_for_several_hosts_and_paths_is_accepted()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com", TlsSecret = "shop-tls")]
            [Ingress("shop.example.com", Path = "/api", TlsSecret = "shop-tls")]
            [Ingress("www.shop.example.com", TlsSecret = "shop-tls")]
            [Ingress("plain.example.com")]
            """));

    [Fact]
    public Task An_ingress_on_a_workload_without_a_service_is_reported_at_each_ingress()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)]
            [{|#0:Ingress("shop.example.com")|}]
            [{|#1:Ingress("shop.example.com", Path = "/api")|}]
            public partial class Web { }
            """,
            Diagnostic("KM407").WithLocation(0).WithMessage(
                "The Ingress of 'web' for host 'shop.example.com' routes to the workload's Service, but 'web' has no [Service]: add [Service(Port = ...)], or remove the [Ingress]"),
            Diagnostic("KM407").WithLocation(1));

    [Fact]
    public Task An_ingress_port_the_service_does_not_have_is_reported_at_the_port()
        => VerifyAsync(Web("""[Ingress("shop.example.com", Port = {|#0:8080|})]"""),
            Diagnostic("KM408").WithLocation(0).WithMessage(
                "Ingress port 8080 is not a port of Service 'web', whose only port is 80: remove Port (the Ingress then goes to the Service's port) or set Port = 80"));

    [Fact]
    public Task The_service_port_written_out_or_left_to_its_default_is_accepted()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com", Port = 80)]
            [Ingress("shop.example.com", Path = "/api")]
            """));

    [Fact]
    public Task An_ingress_port_behind_a_service_without_a_port_is_left_to_the_service_rule()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [{|KM112:Service|}]
            [Ingress("shop.example.com", Port = 8080)]
            public partial class Web { }
            """);

    [Fact]
    public Task The_same_route_twice_in_one_workload_is_reported_at_the_second()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com")]
            [Ingress({|#0:"shop.example.com"|}, Port = 80)]
            [Ingress("shop.example.com", Path = "/api")]
            [Ingress("shop.example.com", Path = {|#1:"/api"|}, PathType = IngressPathType.Prefix)]
            """),
            Diagnostic("KM409").WithLocation(0).WithMessage(
                "Host 'shop.example.com' path '/' (Prefix) is routed twice by 'web': remove one of the two [Ingress] attributes"),
            Diagnostic("KM409").WithLocation(1).WithMessage(
                "Host 'shop.example.com' path '/api' (Prefix) is routed twice by 'web': remove one of the two [Ingress] attributes"));

    [Fact]
    public Task One_path_under_two_path_types_or_two_hosts_is_two_routes()
        => VerifyAsync(Web("""
            [Ingress("shop.example.com", Path = "/api")]
            [Ingress("shop.example.com", Path = "/api", PathType = IngressPathType.Exact)]
            [Ingress("www.example.com", Path = "/api")]
            """));

    [Fact]
    public Task A_route_two_workloads_serve_is_reported_on_each_at_compilation_end()
        => VerifyAsync("""
            using Manifests;
            namespace Shop;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)]
            [Ingress({|#0:"shop.example.com"|})]
            [Ingress("shop.example.com", Path = "/api")]
            public partial class Web { }

            [Deployment] [Container("legacy:3")] [Port(8080)] [Service(Port = 80)]
            [Ingress({|#1:"shop.example.com"|})]
            [Ingress("shop.example.com", Path = "/old")]
            public partial class Legacy { }
            """,
            Diagnostic("KM410").WithLocation(0).WithMessage(
                "Host 'shop.example.com' path '/' (Prefix) is also routed by the Ingress of 'Shop.Legacy': which backend serves it is then up to the ingress controller (ingress-nginx keeps the older Ingress), so route it from one workload only"),
            Diagnostic("KM410").WithLocation(1).WithMessage(
                "Host 'shop.example.com' path '/' (Prefix) is also routed by the Ingress of 'Shop.Web': which backend serves it is then up to the ingress controller (ingress-nginx keeps the older Ingress), so route it from one workload only"));

    [Fact]
    public Task A_clash_across_files_is_reported_at_the_path_when_written_and_names_every_other_workload()
        => VerifyAsync(
            [
                """
                using Manifests;
                [Deployment] [Container("a:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com", Path = {|#0:"/api"|})] public partial class A { }
                """,
                """
                using Manifests;
                [Deployment] [Container("b:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com", Path = {|#1:"/api"|})] public partial class B { }
                [Deployment] [Container("c:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com", Path = {|#2:"/api"|})] public partial class C { }
                """,
            ],
            Diagnostic("KM410").WithLocation(0).WithMessage(
                "Host 'shop.example.com' path '/api' (Prefix) is also routed by the Ingress of 'B', 'C': which backend serves it is then up to the ingress controller (ingress-nginx keeps the older Ingress), so route it from one workload only"),
            Diagnostic("KM410").WithLocation(1),
            Diagnostic("KM410").WithLocation(2));

    [Fact]
    public Task Routes_under_other_classes_paths_or_types_do_not_clash()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("a:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com", ClassName = "nginx")] [Ingress("shop.example.com", Path = "/a")] public partial class A { }
            [Deployment] [Container("b:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com", ClassName = "internal")] [Ingress("shop.example.com", Path = "/b")] public partial class B { }
            [Deployment] [Container("c:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com", Path = "/a", PathType = IngressPathType.Exact, ClassName = "nginx")] public partial class C { }
            """);

    [Fact]
    public Task A_workload_without_a_service_writes_no_ingress_and_claims_no_route()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("a:1")] [Port(8080)] [Service(Port = 80)] [Ingress("shop.example.com")] public partial class A { }
            [Deployment] [Container("b:1")] [Port(8080)] [{|KM407:Ingress("shop.example.com")|}] public partial class B { }
            """);
}
