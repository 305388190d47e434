using Manifests.Generators.Analyzers;
using Manifests.Generators.Diagnostics;
using Manifests.Tests.Images;
using Manifests.Tests.Support;
using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.Environments;

/// <summary>
/// Each environment judged on its own: its overrides by the object rules, the tag it ships by the image rules, its pod
/// against its own cluster. A problem only one environment has is said of it ("In environment prod: ..."), at the
/// argument that makes it; what every environment shares is reported once, as before.
/// </summary>
public class EnvironmentAnalyzerTests
{
    private const string Environments = """
        [assembly: ManifestEnvironment("dev")]
        [assembly: ManifestEnvironment("prod")]
        """;

    /// <summary>Two nodes reserved for the frontend.</summary>
    private const string ProdCluster = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata: {name: prod-1, labels: {kubernetes.io/hostname: prod-1, pool: frontend}}
          spec:
            taints: [{key: dedicated, value: frontend, effect: NoSchedule}]
        - apiVersion: v1
          kind: Node
          metadata: {name: prod-2, labels: {kubernetes.io/hostname: prod-2, pool: frontend}}
          spec:
            taints: [{key: dedicated, value: frontend, effect: NoSchedule}]
        """;

    /// <summary>One node that takes anything.</summary>
    private const string DevCluster = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata: {name: dev-1, labels: {kubernetes.io/hostname: dev-1, pool: general}}
        """;

    // ---- KM150, KM151 and the object rules per environment ---------------------------------------------------

    [Fact]
    public Task A_misspelt_environment_is_an_error_at_its_name_with_the_nearest_declared_one()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [Deployment] [Container("a:1")]
            [Override({|#0:"prd"|}, Replicas = 3)]
            [Env("MODE", "fast", Environment = {|#1:"staging"|})]
            public partial class Web { }
            """) { Analyzer = new WorkloadAnalyzer() }
            .RunAsync(
                Diagnostic(DiagnosticIds.UnknownEnvironment).WithLocation(0).WithMessage("Environment 'prd' is not declared: did you mean 'prod'?"),
                Diagnostic(DiagnosticIds.UnknownEnvironment).WithLocation(1).WithMessage("Environment 'staging' is not declared: the declared ones are 'dev', 'prod', or add [assembly: ManifestEnvironment(\"staging\")]"));

    [Fact]
    public Task An_environment_in_a_project_that_declares_none_says_how_to_declare_it()
        => new ProjectBuilder("""
            using Manifests;
            [Deployment] [Container("a:1")] [Toleration("dedicated", Environment = {|#0:"prod"|})] public partial class Web { }
            """) { Analyzer = new WorkloadAnalyzer() }
            .RunAsync(Diagnostic(DiagnosticIds.UnknownEnvironment).WithLocation(0)
                .WithMessage("Environment 'prod' is not declared, and no environment is: add [assembly: ManifestEnvironment(\"prod\")] to write base/ and one folder for each environment"));

    [Fact]
    public Task Environment_names_must_name_folders_and_be_declared_once()
        => new ProjectBuilder("""
            using Manifests;
            [assembly: ManifestEnvironment({|#0:"Prod"|})]
            [assembly: ManifestEnvironment("dev")]
            [assembly: ManifestEnvironment({|#1:"dev"|})]
            """) { Analyzer = new WorkloadAnalyzer() }
            .RunAsync(
                Diagnostic(DiagnosticIds.InvalidEnvironment).WithLocation(0)
                    .WithMessage("Environment name 'Prod' is invalid: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc') (it names the environment's folders)"),
                Diagnostic(DiagnosticIds.InvalidEnvironment).WithLocation(1).WithMessage("Environment 'dev' is declared twice: keep one [assembly: ManifestEnvironment(\"dev\")]"));

    [Fact]
    public Task An_override_the_base_does_not_have_is_said_of_its_environment_at_its_argument()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [Deployment(Replicas = 2)] [Container("a:1")]
            [Override("prod", Replicas = {|#0:-2|}, MemoryRequest = {|#1:"lots"|})]
            public partial class Web { }
            """) { Analyzer = new WorkloadAnalyzer() }
            .RunAsync(
                Diagnostic(DiagnosticIds.InvalidReplicas).WithLocation(0).WithMessage("In environment prod: Replicas is -2: it must be 0 or more"),
                Diagnostic(DiagnosticIds.InvalidQuantity).WithLocation(1).WithMessage("In environment prod: memory request 'lots' is invalid: write a number with an optional suffix, such as 250m or 0.5 (cpu), 128Mi or 1Gi (memory), or 1e3"));

    [Fact]
    public Task A_tag_for_an_image_pinned_by_digest_would_never_ship_and_is_an_error_at_the_tag()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [Deployment] [Container("idock.daumkakao.io/shop/frontend@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
            [Override("prod", Tag = {|#0:"1.5.0"|})]
            public partial class Frontend { }
            """) { Analyzer = new WorkloadAnalyzer() }
            .RunAsync(Diagnostic(DiagnosticIds.MisplacedAttribute).WithLocation(0).WithMessage(
                "Tag '1.5.0' of [Override(\"prod\")] has no effect: container 'frontend' runs 'idock.daumkakao.io/shop/frontend@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', pinned by digest in every environment; remove the Tag, or pin the image by tag"));

    [Fact]
    public Task A_variable_or_selector_of_one_environment_replaces_the_base_one_without_a_duplicate()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [Deployment] [Container("a:1")]
            [Env("MODE", "debug")] [Env("MODE", "fast", Environment = "prod")]
            [NodeSelector("pool", "general")] [NodeSelector("pool", "frontend", Environment = "prod")]
            public partial class Web { }
            """) { Analyzer = new WorkloadAnalyzer() }
            .RunAsync();

    // ---- Images: the tag that ships ----------------------------------------------------------------------------

    [Fact]
    public Task The_tag_CI_sets_is_the_one_the_catalog_is_asked_about_and_the_message_says_so()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/frontend"|})] public partial class Frontend { }
            """) { Catalog = ImageAnalyzerTests.ShopCatalog, ImageTags = "*=1.4.3" }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("With the image tags the build sets: Image 'idock.daumkakao.io/shop/frontend:1.4.3' is not in the image catalog (images.txt): the catalog lists 'idock.daumkakao.io/shop/frontend' with tags 1.4.2, 1.4.1: did you mean 'idock.daumkakao.io/shop/frontend:1.4.2'?"));

    [Fact]
    public Task An_image_without_a_tag_is_no_mutable_tag_once_CI_sets_one_that_the_catalog_has()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/frontend")] public partial class Frontend { }
            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.0")] public partial class Backend { }
            """) { Catalog = ImageAnalyzerTests.ShopCatalog, ImageTags = "*=1.4.2,idock.daumkakao.io/shop/backend=2.0.1" }
            .RunAsync();

    [Fact]
    public Task A_malformed_tag_from_CI_is_an_error_at_the_image()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/frontend"|})] public partial class Frontend { }
            """) { ImageTags = "*=1.4.3 beta" }
            .RunAsync(Diagnostic(DiagnosticIds.MalformedImage).WithLocation(0)
                .WithMessage("With the image tags the build sets: Image 'idock.daumkakao.io/shop/frontend:1.4.3 beta' is malformed: " + MalformedReason("idock.daumkakao.io/shop/frontend:1.4.3 beta")));

    [Fact]
    public Task An_environment_tag_is_judged_at_the_override_that_sets_it()
        => new ImageTest("using Manifests;\n" + Environments + """

            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Override("prod", Tag = {|#0:"latest"|})]
            [Override("dev", Tag = {|#1:"1.5.0"|})]
            public partial class Frontend { }
            """) { Catalog = ImageAnalyzerTests.ShopCatalog }
            .RunAsync(
                Diagnostic(DiagnosticIds.MutableImageTag).WithLocation(0)
                    .WithMessage("In environment prod: Image 'idock.daumkakao.io/shop/frontend:latest' uses the tag 'latest': Kubernetes runs whatever that tag points to when a pod starts, and re-pulls it every time (imagePullPolicy Always); pin it to ':1.4.2', the newest tag the catalog lists ('idock.daumkakao.io/shop/frontend:1.4.2')"),
                Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(1)
                    .WithMessage("In environment dev: Image 'idock.daumkakao.io/shop/frontend:1.5.0' is not in the image catalog (images.txt): the catalog lists 'idock.daumkakao.io/shop/frontend' with tags 1.4.2, 1.4.1: did you mean 'idock.daumkakao.io/shop/frontend:1.4.2'?"));

    // ---- Scheduling: each environment on its own cluster -----------------------------------------------------

    [Fact]
    public Task A_pod_only_prods_cluster_refuses_is_reported_for_prod_alone()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [{|#0:Deployment|}] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """) { Analyzer = new SchedulingAnalyzer() }
            .WithClusterNodes("/0/cluster/dev.yaml", DevCluster, environment: "dev")
            .WithClusterNodes("/0/cluster/prod.yaml", ProdCluster, environment: "prod")
            .RunAsync(Diagnostic("KM301").WithLocation(0).WithMessage(
                "In environment prod: 0/2 nodes are available: 2 node(s) had untolerated taint {dedicated: frontend}. "
                + "To fix it: to use the 2 nodes tainted {dedicated: frontend}, add [Toleration(\"dedicated\", Value = \"frontend\", Effect = TaintEffect.NoSchedule)]."));

    [Fact]
    public Task An_environment_may_name_its_profile_in_the_attribute_instead_of_the_item()
        => new ProjectBuilder("""
            using Manifests;
            [assembly: ManifestEnvironment("dev")]
            [assembly: ManifestEnvironment("prod", ClusterNodes = "cluster/prod.yaml")]
            [{|#0:Deployment|}] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """) { Analyzer = new SchedulingAnalyzer() }
            .WithClusterNodes("/0/cluster/dev.yaml", DevCluster)
            .WithClusterNodes("/0/cluster/prod.yaml", ProdCluster)
            .RunAsync(Diagnostic("KM301").WithLocation(0).WithMessage(
                "In environment prod: 0/2 nodes are available: 2 node(s) had untolerated taint {dedicated: frontend}. "
                + "To fix it: to use the 2 nodes tainted {dedicated: frontend}, add [Toleration(\"dedicated\", Value = \"frontend\", Effect = TaintEffect.NoSchedule)]."));

    [Fact]
    public Task A_toleration_and_selector_of_prod_alone_schedule_it_there_and_change_nothing_in_dev()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Toleration("dedicated", Value = "frontend", Effect = TaintEffect.NoSchedule, Environment = "prod")]
            [NodeSelector("pool", "frontend", Environment = "prod")]
            public partial class Frontend { }
            """) { Analyzer = new SchedulingAnalyzer() }
            .WithClusterNodes("/0/cluster/dev.yaml", DevCluster, environment: "dev")
            .WithClusterNodes("/0/cluster/prod.yaml", ProdCluster, environment: "prod")
            .RunAsync();

    [Fact]
    public Task A_selector_of_one_environment_is_judged_against_that_environments_cluster()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [{|#0:Deployment|}] [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [NodeSelector("pool", "frontend", Environment = "dev")]
            public partial class Frontend { }
            """) { Analyzer = new SchedulingAnalyzer() }
            .WithClusterNodes("/0/cluster/dev.yaml", DevCluster, environment: "dev")
            .RunAsync(Diagnostic("KM301").WithLocation(0).WithMessage(
                "In environment dev: 0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. "
                + "To fix it: no node the pod tolerates matches the node selector pool=frontend (1 node has pool=general): correct the [NodeSelector] or label a node."));

    [Fact]
    public Task A_toleration_of_one_environment_that_matches_none_of_its_taints_is_said_of_it()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Toleration("dedicated", Value = "frontend", Effect = TaintEffect.NoSchedule, Environment = "prod")]
            [Toleration({|#0:"dedicated"|}, Value = "frontend", Effect = TaintEffect.NoSchedule, Environment = "dev")]
            public partial class Frontend { }
            """) { Analyzer = new SchedulingAnalyzer() }
            .WithClusterNodes("/0/cluster/dev.yaml", DevCluster, environment: "dev")
            .WithClusterNodes("/0/cluster/prod.yaml", ProdCluster, environment: "prod")
            .RunAsync(Diagnostic("KM302").WithLocation(0).WithMessage("In environment dev: Toleration of 'dedicated' matches no taint on any node of the cluster: remove it, or update the cluster profile if the nodes changed"));

    [Fact]
    public Task An_environment_without_a_profile_of_its_own_is_judged_on_the_shared_one()
        => new ProjectBuilder("using Manifests;\n" + Environments + """

            [{|#0:Deployment|}] [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [NodeSelector("pool", "frontend", Environment = "dev")]
            public partial class Frontend { }
            """) { Analyzer = new SchedulingAnalyzer() }
            .WithClusterNodes("/0/cluster/nodes.yaml", DevCluster)
            .RunAsync(Diagnostic("KM301").WithLocation(0).WithMessage(
                "In environment dev: 0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. "
                + "To fix it: no node the pod tolerates matches the node selector pool=frontend (1 node has pool=general): correct the [NodeSelector] or label a node."));

    private static string MalformedReason(string image)
    {
        _ = Manifests.Generators.Domain.Images.ImageReferenceParser.Parse(image, out var problem);
        return problem!.Reason;
    }
}
