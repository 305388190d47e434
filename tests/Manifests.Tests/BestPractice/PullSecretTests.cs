using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.BestPractice;

/// <summary>KM505: a pull secret for the registries the team declares private.</summary>
public class PullSecretTests
{
    private static readonly string[] Rule = ["KM505"];

    [Fact]
    public Task An_image_from_a_private_registry_without_a_pull_secret_is_reported_at_the_image()
        => new BestPracticeTest("""
            using Manifests;
            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io" })]
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/frontend:1.4.2"|})] public partial class Frontend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM505").WithLocation(0).WithMessage(
                "Image 'idock.daumkakao.io/shop/frontend:1.4.2' comes from 'idock.daumkakao.io', a private registry, but 'frontend' has no [ImagePullSecret] " +
                "(nor a [ServiceAccount] that could carry one): the kubelet cannot pull it (ErrImagePull, then ImagePullBackOff); create a docker-registry " +
                "Secret in the cluster and add [ImagePullSecret(\"...\")] with its name"));

    [Fact]
    public Task The_MSBuild_property_declares_private_registries_too_and_one_report_covers_the_pod()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("docker.io/library/nginx:1.27")] public partial class Proxy { }
                [Container({|#0:"registry.internal:5000/shop/backend:2.0.1"|})] public partial class Api { }
                [Container("registry.internal:5000/shop/log-shipper:1.2.0")] public partial class LogShipper { }
            }
            """)
        {
            Only = Rule,
            PrivateRegistries = "idock.daumkakao.io;registry.internal:5000",
        }.RunAsync(Diagnostic("KM505").WithLocation(0).WithArguments("registry.internal:5000/shop/backend:2.0.1", "registry.internal:5000", "backend"));

    [Fact]
    public Task An_init_containers_image_needs_the_pull_secret_too_and_both_declarations_count()
        => new BestPracticeTest("""
            using Manifests;
            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io" })]
            [Deployment]
            [Container("docker.io/library/nginx:1.27")]
            public partial class Proxy
            {
                [InitContainer({|KM505:"registry.internal:5000/infra/wait-for:1.0"|})] public partial class Wait { }
            }
            [Deployment] [Container({|KM505:"idock.daumkakao.io/shop/frontend:1.4.2"|})] public partial class Frontend { }
            """)
        {
            Only = Rule,
            PrivateRegistries = "registry.internal:5000",
        }.RunAsync();

    [Fact]
    public Task A_path_prefix_limits_what_is_private()
        => new BestPracticeTest("""
            using Manifests;
            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io/secret-team" })]
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            [Deployment] [Container({|KM505:"idock.daumkakao.io/secret-team/radar:1.0"|})] public partial class Radar { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_pull_secret_or_a_service_account_that_may_carry_one_is_enough()
        => new BestPracticeTest("""
            using Manifests;
            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io" })]
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] [ImagePullSecret("idock-pull")] public partial class Frontend { }
            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1")] [ServiceAccount("backend")] public partial class Backend { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task Without_private_registries_the_rule_is_silent()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_malformed_image_is_left_to_KM201()
        => new BestPracticeTest("""
            using Manifests;
            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io" })]
            [Deployment] [Container("idock.daumkakao.io/Shop//frontend:1.4.2")] public partial class Frontend { }
            """) { Only = Rule }.RunAsync();
}
