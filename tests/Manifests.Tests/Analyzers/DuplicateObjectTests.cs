using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// KM114: two classes that describe one object. Every claimant is reported, each naming the others, so the user can
/// fix whichever is wrong. Deployments and ReplicaSets share one name space: their selectors would take each other's pods.
/// </summary>
public class DuplicateObjectTests
{
    [Fact]
    public Task Two_deployments_of_one_name_in_one_namespace_are_both_reported()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Name = "web", Namespace = "shop")|}] [Container("nginx:1.27")] public partial class Web { }
            [{|#1:Deployment(Name = "web", Namespace = "shop")|}] [Container("nginx:1.27")] public partial class WebCopy { }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage(
                "Deployment 'web' in namespace 'shop' is also declared by 'WebCopy' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage(
                "Deployment 'web' in namespace 'shop' is also declared by 'Web' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"));

    [Fact]
    public Task Classes_of_one_name_in_two_csharp_namespaces_clash_by_their_default_names()
        => VerifyAsync("""
            using Manifests;
            namespace Shop.Web
            {
                [{|#0:Deployment|}] [Container("nginx:1.27")] public partial class Frontend { }
            }
            namespace Shop.Admin
            {
                [{|#1:Deployment|}] [Container("nginx:1.27")] public partial class Frontend { }
            }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage("Deployment 'frontend' is also declared by 'Shop.Admin.Frontend' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage("Deployment 'frontend' is also declared by 'Shop.Web.Frontend' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"));

    [Fact]
    public Task A_deployment_and_a_replica_set_of_one_name_clash()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Name = "web")|}] [Container("nginx:1.27")] public partial class Web { }
            [{|#1:ReplicaSet(Name = "web")|}] [Container("nginx:1.27")] public partial class WebSet { }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage("Deployment 'web' is also declared by 'WebSet' (ReplicaSet): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage("ReplicaSet 'web' is also declared by 'Web' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"));

    [Fact]
    public Task The_assembly_default_namespace_counts()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop")]
            [{|#0:Deployment(Name = "web")|}] [Container("nginx:1.27")] public partial class Web { }
            [{|#1:Deployment(Name = "web", Namespace = "shop")|}] [Container("nginx:1.27")] public partial class WebCopy { }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage("Deployment 'web' in namespace 'shop' is also declared by 'WebCopy' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage("Deployment 'web' in namespace 'shop' is also declared by 'Web' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"));

    [Fact]
    public Task One_name_in_two_namespaces_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop")]
            [Deployment(Name = "web")] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)] public partial class Web { }
            [Deployment(Name = "web", Namespace = "shop-staging")] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)] public partial class StagingWeb { }
            """);

    [Fact]
    public Task A_workload_and_a_service_may_share_a_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Name = "web")] [Container("nginx:1.27")] public partial class Web { }
            [Deployment(Name = "web-v2")] [Container("nginx:1.27")] [Port(8080)] [Service(Name = "web", Port = 80)] public partial class WebV2 { }
            """);

    [Fact]
    public Task Two_services_of_one_name_are_both_reported_at_the_service_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Name = "web-blue")] [Container("nginx:1.27")] [Port(8080)] [{|#0:Service(Name = "web", Port = 80)|}] public partial class Blue { }
            [Deployment(Name = "web-green")] [Container("nginx:1.27")] [Port(8080)] [{|#1:Service(Name = "web", Port = 80)|}] public partial class Green { }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage(
                "Service 'web' is also declared by 'Green' (Service): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage(
                "Service 'web' is also declared by 'Blue' (Service): two workloads or two Services of one name in one namespace clash, so rename one of them"));

    [Fact]
    public Task A_copied_class_clashes_on_its_workload_and_its_service()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Name = "web")|}] [Container("nginx:1.27")] [Port(8080)] [{|#1:Service(Port = 80)|}] public partial class Web { }
            [{|#2:Deployment(Name = "web")|}] [Container("nginx:1.27")] [Port(8080)] [{|#3:Service(Port = 80)|}] public partial class WebCopy { }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage("Deployment 'web' is also declared by 'WebCopy' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage("Service 'web' is also declared by 'WebCopy' (Service): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(2).WithMessage("Deployment 'web' is also declared by 'Web' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(3).WithMessage("Service 'web' is also declared by 'Web' (Service): two workloads or two Services of one name in one namespace clash, so rename one of them"));

    [Fact]
    public Task Three_claimants_each_name_the_other_two()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Name = "web")|}] [Container("nginx:1.27")] public partial class A { }
            [{|#1:Deployment(Name = "web")|}] [Container("nginx:1.27")] public partial class B { }
            [{|#2:ReplicaSet(Name = "web")|}] [Container("nginx:1.27")] public partial class C { }
            """,
            Diagnostic("KM114").WithLocation(0).WithMessage("Deployment 'web' is also declared by 'B' (Deployment), 'C' (ReplicaSet): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(1).WithMessage("Deployment 'web' is also declared by 'A' (Deployment), 'C' (ReplicaSet): two workloads or two Services of one name in one namespace clash, so rename one of them"),
            Diagnostic("KM114").WithLocation(2).WithMessage("ReplicaSet 'web' is also declared by 'A' (Deployment), 'B' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them"));
}
