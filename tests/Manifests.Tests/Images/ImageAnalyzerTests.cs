using Manifests.Generators.Diagnostics;
using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.Images;

/// <summary>KM201–KM205 reported at the image string of each [Container], sidecars included.</summary>
public class ImageAnalyzerTests
{
    /// <summary>The shop's registry catalog, as a team would keep it.</summary>
    internal const string ShopCatalog = """
        # Images the registry (D2Hub) holds for the shop.
        idock.daumkakao.io/shop/frontend:1.4.1
        idock.daumkakao.io/shop/frontend:1.4.2
        idock.daumkakao.io/shop/backend:2.0.0
        idock.daumkakao.io/shop/backend:2.0.1   # current
        idock.daumkakao.io/shop/backend:2.0.1-rc1
        idock.daumkakao.io/shop/log-shipper:1.2.0
        idock.daumkakao.io/shop/db:15.4
        idock.daumkakao.io/library/nginx:1.27
        idock.daumkakao.io/mirror/busybox    # any tag
        """;

    // ---- KM201 -------------------------------------------------------------------------------------------------

    [Fact]
    public Task Malformed_image_is_an_error_at_the_image_string()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/Shop/Admin:1.0"|})] public partial class Admin { }
            """).RunAsync(Diagnostic(DiagnosticIds.MalformedImage).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/Shop/Admin:1.0' is malformed: repository name must be lowercase: 'Shop/Admin': write 'shop/admin'"));

    [Fact]
    public Task Empty_image_is_malformed()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM201:""|})] public partial class Web { }
            """).RunAsync();

    [Fact]
    public Task Malformed_image_in_a_nested_sidecar_is_reported_at_its_own_string()
        => new ImageTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [Container({|KM201:"idock.daumkakao.io/shop/log-shipper:"|}, Name = "logs")] public partial class LogShipper { }
            }
            """).RunAsync();

    [Fact]
    public Task Named_image_argument_is_located_too()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container(image: {|KM201:"https://nginx:1.27"|}, Name = "web")] public partial class Web { }
            """).RunAsync();

    [Fact]
    public Task Malformed_catalog_lines_are_reported_in_the_catalog_and_skipped()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """)
        {
            Catalog = "idock.daumkakao.io/shop/frontend:1.4.2\n  idock.daumkakao.io/Shop/Backend:2.0.1  # typo\n",
        }.RunAsync(Diagnostic(DiagnosticIds.MalformedImage).WithSpan(CatalogPath, 2, 3, 2, 40)
            .WithMessage("Image 'idock.daumkakao.io/Shop/Backend:2.0.1' is malformed: repository name must be lowercase: 'Shop/Backend': write 'shop/backend' (this catalog line is ignored until it is fixed)"));

    [Fact]
    public Task Image_from_a_constant_is_checked_at_the_argument()
        => new ImageTest("""
            using Manifests;
            static class Images { public const string Web = "Web:1.0"; }
            [Deployment] [Container({|KM201:Images.Web|})] public partial class Web { }
            """).RunAsync();

    // ---- KM202 -------------------------------------------------------------------------------------------------

    [Fact]
    public Task Registry_not_allowed_by_the_assembly_attribute()
        => new ImageTest("""
            using Manifests;
            [assembly: ManifestDefaults(AllowedRegistries = new[] { "idock.daumkakao.io" })]
            [Deployment] [Container({|#0:"ghcr.io/acme/web:1.0"|})] public partial class Web { }
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """).RunAsync(Diagnostic(DiagnosticIds.RegistryNotAllowed).WithLocation(0)
                .WithMessage("Image 'ghcr.io/acme/web:1.0' comes from 'ghcr.io', which is not an allowed registry: bring the image into an allowed registry ('idock.daumkakao.io') and use it from there"));

    [Fact]
    public Task Implicit_docker_hub_is_a_registry_too()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"nginx:1.27"|})] public partial class Web { }
            """) { AllowedRegistries = "idock.daumkakao.io" }
            .RunAsync(Diagnostic(DiagnosticIds.RegistryNotAllowed).WithLocation(0)
                .WithMessage("Image 'nginx:1.27' comes from 'docker.io' (the registry of every image that names none), which is not an allowed registry: bring the image into an allowed registry ('idock.daumkakao.io') and use it from there"));

    [Fact]
    public Task Registry_not_allowed_suggests_the_catalogs_copy_in_an_allowed_registry()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"nginx:1.27"|})] public partial class Web { }
            """) { AllowedRegistries = "idock.daumkakao.io", Catalog = ShopCatalog }
            .RunAsync(
                Diagnostic(DiagnosticIds.RegistryNotAllowed).WithLocation(0)
                    .WithMessage("Image 'nginx:1.27' comes from 'docker.io' (the registry of every image that names none), which is not an allowed registry: use 'idock.daumkakao.io/library/nginx:1.27', its copy in an allowed registry"),
                Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0));

    [Fact]
    public Task MSBuild_property_and_attribute_are_joined_and_hosts_compare_case_insensitively()
        => new ImageTest("""
            using Manifests;
            [assembly: ManifestDefaults(AllowedRegistries = new[] { "https://IDOCK.daumkakao.io/" })]
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            [Deployment] [Container("localhost:5000/tools/debug:1.0")] public partial class Debug { }
            [Deployment] [Container("docker.io/library/nginx:1.27")] public partial class Proxy { }
            [Deployment] [Container({|KM202:"localhost:5001/tools/debug:1.0"|})] public partial class Other { }
            """) { AllowedRegistries = "localhost:5000 ; docker.io" }.RunAsync();

    [Fact]
    public Task Allowed_registry_may_be_narrowed_to_a_path_prefix()
        => new ImageTest("""
            using Manifests;
            [assembly: ManifestDefaults(AllowedRegistries = new[] { "idock.daumkakao.io/shop" })]
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            [Deployment] [Container({|KM202:"idock.daumkakao.io/shopping/web:1.0"|})] public partial class Web { }
            """).RunAsync();

    [Fact]
    public Task Silent_when_the_team_declares_no_registry()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            [Deployment] [Container("ghcr.io/acme/api:2.0")] public partial class Api { }
            """).RunAsync();

    [Fact]
    public Task Registry_is_checked_for_every_container_of_the_pod()
        => new ImageTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [Container({|KM202:"fluent/fluent-bit:3.0"|})] public partial class LogShipper { }
            }
            """) { AllowedRegistries = "idock.daumkakao.io" }.RunAsync();

    // ---- KM203 -------------------------------------------------------------------------------------------------

    [Fact]
    public Task Image_not_in_the_catalog_suggests_the_closest_entry()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/frontnd:1.4.2"|})] public partial class Frontend { }
            """) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/frontnd:1.4.2' is not in the image catalog (images.txt): did you mean 'idock.daumkakao.io/shop/frontend:1.4.2'? If not, bring the image into the registry and add it to the catalog"));

    [Fact]
    public Task Tag_not_in_the_catalog_lists_the_tags_it_has()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/backend:2.0.2"|})] public partial class Backend { }
            """) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/backend:2.0.2' is not in the image catalog (images.txt): the catalog lists 'idock.daumkakao.io/shop/backend' with tags 2.0.1, 2.0.1-rc1, 2.0.0: did you mean 'idock.daumkakao.io/shop/backend:2.0.1'?"));

    [Fact]
    public Task Forgotten_sidecar_image_is_reported_at_the_sidecar()
        => new ImageTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] public partial class LogShipper { }
                [Container({|#0:"idock.daumkakao.io/shop/metrics-agent:0.9.0"|})] public partial class Metrics { }
            }
            """) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/metrics-agent:0.9.0' is not in the image catalog (images.txt): bring the image into the registry and add it to the catalog, or use an image the catalog lists"));

    [Fact]
    public Task Forgotten_init_container_image_is_reported_at_the_init_container()
        => new ImageTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [InitContainer({|#0:"idock.daumkakao.io/shop/migrations:2.0.1"|})] public partial class Migrate { }
            }
            """) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/migrations:2.0.1' is not in the image catalog (images.txt): bring the image into the registry and add it to the catalog, or use an image the catalog lists"));

    [Fact]
    public Task Catalog_matches_normalised_repositories_any_tag_entries_and_digests()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("IDOCK.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            [Deployment] [Container("idock.daumkakao.io/mirror/busybox:1.36")] public partial class Tools { }
            [Deployment] [Container("nginx:1.27")] public partial class Proxy { }
            [Deployment] [Container("idock.daumkakao.io/shop/db@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0")] public partial class Db { }
            [Deployment] [Container({|KM203:"idock.daumkakao.io/shop/db@sha256:b0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0"|})] public partial class Db2 { }
            """)
        {
            Catalog = "idock.daumkakao.io/shop/frontend:1.4.2\nidock.daumkakao.io/mirror/busybox\ndocker.io/library/nginx:1.27\nidock.daumkakao.io/shop/db@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0\n",
        }.RunAsync();

    [Fact]
    public Task Repository_listed_by_digest_only_asks_for_a_digest()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/db:15.4"|})] public partial class Db { }
            """) { Catalog = "idock.daumkakao.io/shop/db@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0\n" }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/db:15.4' is not in the image catalog (images.txt): the catalog lists 'idock.daumkakao.io/shop/db' by digest only: pin the image to a listed digest ('@sha256:…')"));

    [Fact]
    public Task Silent_without_a_catalog_and_ignores_additional_files_that_are_no_catalog()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/anything:1.0")] public partial class Anything { }
            """) { UnrelatedAdditionalFile = "idock.daumkakao.io/shop/other:1.0\nNot An Image!\n" }.RunAsync();

    [Fact]
    public Task An_empty_catalog_holds_nothing()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM203:"idock.daumkakao.io/shop/frontend:1.4.2"|})] public partial class Frontend { }
            """) { Catalog = "# nothing pushed yet\n" }.RunAsync();

    [Fact]
    public Task Catalog_without_a_close_entry_suggests_nothing()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/redis:7.2"|})] public partial class Cache { }
            """) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageNotInCatalog).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/redis:7.2' is not in the image catalog (images.txt): bring the image into the registry and add it to the catalog, or use an image the catalog lists"));

    // ---- KM204 -------------------------------------------------------------------------------------------------

    /// <summary>The seed's mistake: the frontend deployed with the backend's image.</summary>
    [Fact]
    public Task Frontend_with_the_backends_image()
        => new ImageTest(ShopWith(frontendImage: "{|#0:\"idock.daumkakao.io/shop/backend:2.0.1\"|}")) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageOfAnotherComponent).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/backend:2.0.1' in 'frontend' belongs to the workload 'backend' (backend tier), as the image's name says: use the image of 'frontend', 'idock.daumkakao.io/shop/frontend:1.4.2' in the catalog"));

    [Fact]
    public Task Frontend_with_the_databases_image_without_a_catalog()
        => new ImageTest(ShopWith(frontendImage: "{|#0:\"idock.daumkakao.io/shop/db:15.4\"|}"))
            .RunAsync(Diagnostic(DiagnosticIds.ImageOfAnotherComponent).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/db:15.4' in 'frontend' belongs to the workload 'db' (database tier), as the image's name says: use the image built for 'frontend'"));

    [Fact]
    public Task Database_with_the_frontends_image()
        => new ImageTest(ShopWith(dbImage: "{|#0:\"idock.daumkakao.io/shop/frontend:1.4.2\"|}")) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageOfAnotherComponent).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/frontend:1.4.2' in 'db' belongs to the workload 'frontend' (frontend tier), as the image's name says: use the image of 'db', 'idock.daumkakao.io/shop/db:15.4' in the catalog"));

    [Fact]
    public Task Third_party_image_that_another_component_runs()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Label("tier", "frontend")] [Container({|#0:"postgres:16.3"|})] public partial class Frontend { }
            [ReplicaSet(Name = "db")] [Container("postgres:16.3")] public partial class Database { }
            """).RunAsync(Diagnostic(DiagnosticIds.ImageOfAnotherComponent).WithLocation(0)
                .WithMessage("Image 'postgres:16.3' in 'frontend' belongs to the workload 'db' (database tier), which runs the same repository: use the image built for 'frontend'"));

    [Fact]
    public Task Nested_api_container_with_the_frontends_image()
        => new ImageTest(ShopWith(apiImage: "{|#0:\"idock.daumkakao.io/shop/frontend:1.4.2\"|}")) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.ImageOfAnotherComponent).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/frontend:1.4.2' in container 'api' of 'backend' belongs to the workload 'frontend' (frontend tier), as the image's name says: use the image of 'api', 'idock.daumkakao.io/shop/backend:2.0.1' in the catalog"));

    [Fact]
    public Task Swapped_images_are_both_reported()
        => new ImageTest(ShopWith(
            frontendImage: "{|KM204:\"idock.daumkakao.io/shop/backend:2.0.1\"|}",
            apiImage: "{|KM204:\"idock.daumkakao.io/shop/frontend:1.4.2\"|}")).RunAsync();

    [Fact]
    public Task Image_named_after_a_component_by_its_label()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Label("tier", "frontend")] [Container({|KM204:"idock.daumkakao.io/shop/orders:1.0"|})] public partial class Storefront { }
            [Deployment] [Label("component", "orders")] [Container("idock.daumkakao.io/shop/orders:1.0")] public partial class OrderService { }
            """).RunAsync();

    [Fact]
    public Task Workload_without_a_tier_is_judged_when_the_catalog_has_its_own_image()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/payments:3.1.0"|})] public partial class Orders { }
            [Deployment] [Container("idock.daumkakao.io/shop/payments:3.1.0")] public partial class Payments { }
            """)
        {
            Catalog = "idock.daumkakao.io/shop/orders:1.9.0\nidock.daumkakao.io/shop/orders:1.10.0\nidock.daumkakao.io/shop/payments:3.1.0\n",
        }.RunAsync(Diagnostic(DiagnosticIds.ImageOfAnotherComponent).WithLocation(0)
            .WithMessage("Image 'idock.daumkakao.io/shop/payments:3.1.0' in 'orders' belongs to the workload 'payments', as the image's name says: use the image of 'orders', 'idock.daumkakao.io/shop/orders:1.10.0' in the catalog"));

    [Fact]
    public Task Project_prefix_shared_by_every_workload_is_no_evidence_either_way()
        => new ImageTest("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop")]
            [Deployment] [Container({|KM204:"idock.daumkakao.io/shop/shop-backend:2.0.1"|})] public partial class ShopFrontend { }
            [Deployment] [Container("idock.daumkakao.io/shop/shop-backend:2.0.1")] public partial class ShopBackend { }
            """).RunAsync();

    // ---- KM204: what must never be flagged --------------------------------------------------------------------

    [Theory]
    [InlineData("idock.daumkakao.io/shop/frontend:1.4.2")]          // its own
    [InlineData("idock.daumkakao.io/shop/frontend-nginx:1.25")]     // its own, with a qualifier
    [InlineData("idock.daumkakao.io/shop/web:3.0")]                 // a word of its own tier
    [InlineData("idock.daumkakao.io/shop/web-backend:3.0")]         // names its own tier as well as another
    [InlineData("nginx:1.27")]                                      // third party: names no component
    [InlineData("postgres:16")]                                     // a database word, but not where the project's images live
    [InlineData("idock.daumkakao.io/shop/log-shipper:1.2.0")]      // another workload's sidecar: names no component
    public Task Frontend_images_that_are_not_mix_ups(string image)
        => new ImageTest(ShopWith(frontendImage: "\"" + image + "\"")).RunAsync();

    [Fact]
    public Task Sidecars_with_an_unknown_role_may_run_anything()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Label("tier", "backend")]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] public partial class LogShipper { }
                [Container("idock.daumkakao.io/shop/db:15.4")] public partial class Cache { }
                [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class AssetSync { }
            }
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            [ReplicaSet(Name = "db")] [Container("idock.daumkakao.io/shop/db:15.4")] public partial class Database { }
            """).RunAsync();

    [Fact]
    public Task Workloads_sharing_one_image_are_not_mix_ups()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Label("tier", "backend")] [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Backend { }
            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1", Args = new[] { "worker" })] public partial class Worker { }
            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1", Args = new[] { "migrate" })] public partial class BackendMigrator { }
            [Deployment] [Label("tier", "frontend")] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """).RunAsync();

    [Fact]
    public Task Api_gateway_image_for_a_workload_named_gateway()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/api-gateway:1.0")] public partial class Gateway { }
            [Deployment] [Container("idock.daumkakao.io/shop/api:2.0")] public partial class Api { }
            [Deployment] [Container("idock.daumkakao.io/shop/web:1.0")] public partial class Web { }
            """).RunAsync();

    [Fact]
    public Task Two_components_of_one_tier_are_not_told_apart_by_words()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Label("tier", "backend")] [Container("idock.daumkakao.io/shop/payments-api:1.0")] public partial class OrdersApi { }
            [Deployment] [Label("tier", "backend")] [Container("idock.daumkakao.io/shop/payments-api:1.0")] public partial class PaymentsApi { }
            """).RunAsync();

    [Fact]
    public Task A_project_with_one_workload_has_nothing_to_confuse()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Frontend { }
            """).RunAsync();

    // ---- KM205 -------------------------------------------------------------------------------------------------

    [Fact]
    public Task No_tag_is_mutable_and_the_catalogs_newest_tag_is_suggested()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"idock.daumkakao.io/shop/backend"|})] public partial class Backend { }
            """) { Catalog = ShopCatalog }
            .RunAsync(Diagnostic(DiagnosticIds.MutableImageTag).WithLocation(0)
                .WithMessage("Image 'idock.daumkakao.io/shop/backend' has no tag, so it means ':latest': Kubernetes runs whatever that tag points to when a pod starts, and re-pulls it every time (imagePullPolicy Always); pin it to ':2.0.1', the newest tag the catalog lists ('idock.daumkakao.io/shop/backend:2.0.1'), or have the build set it (-p:ManifestsImageTag=2.0.1)"));

    [Fact]
    public Task Latest_is_mutable_in_sidecars_too()
        => new ImageTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [Container({|#0:"fluent/fluent-bit:latest"|})] public partial class LogShipper { }
            }
            """).RunAsync(Diagnostic(DiagnosticIds.MutableImageTag).WithLocation(0)
                .WithMessage("Image 'fluent/fluent-bit:latest' uses the tag 'latest': Kubernetes runs whatever that tag points to when a pod starts, and re-pulls it every time (imagePullPolicy Always); pin a version tag (':1.4.2') or a digest ('@sha256:…')"));

    [Fact]
    public Task Digest_pinned_and_versioned_images_pass()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("nginx@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0")] public partial class A { }
            [Deployment] [Container("nginx:latest@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0")] public partial class B { }
            [Deployment] [Container("nginx:1.27")] public partial class C { }
            [Deployment] [Container("nginx:Latest-2024")] public partial class D { }
            """).RunAsync();

    [Fact]
    public Task Untagged_image_of_a_catalogued_repository_is_only_a_mutable_tag()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM205:"idock.daumkakao.io/shop/frontend"|})] public partial class Frontend { }
            [Deployment] [Container({|KM205:"idock.daumkakao.io/mirror/busybox:latest"|})] public partial class Tools { }
            """) { Catalog = ShopCatalog }.RunAsync();

    // ---- Configuration -----------------------------------------------------------------------------------------

    /// <summary>
    /// Each rule is configured by its ID like any analyzer. (Raising a severity works the same way in a real build,
    /// checked on the Shop; the testing library reports the descriptor's default severity, so only silencing is
    /// asserted here.)
    /// </summary>
    [Fact]
    public Task Each_rule_is_configured_by_its_id_like_any_analyzer()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/backend")] public partial class Backend { }
            [Deployment] [Container({|KM203:"idock.daumkakao.io/shop/payments:1.0"|})] public partial class Payments { }
            """)
        {
            Catalog = ShopCatalog,
            Configuration = "dotnet_diagnostic.KM205.severity = none",
        }.RunAsync();

    [Fact]
    public Task A_pragma_silences_one_occurrence()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM205:"busybox"|})] public partial class Debug { }
            #pragma warning disable KM205 // a throwaway debugging pod
            [Deployment] [Container("busybox")] public partial class Debug2 { }
            """).RunAsync();

    /// <summary>The seed's shop, with one image swapped in where a test needs it.</summary>
    internal static string ShopWith(string? frontendImage = null, string? apiImage = null, string? dbImage = null) => $$"""
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop", PartOf = "shop")]

        [Deployment(Replicas = 3)]
        [Container({{frontendImage ?? "\"idock.daumkakao.io/shop/frontend:1.4.2\""}})]
        [Label("tier", "frontend")]
        public partial class Frontend { }

        [Deployment(Replicas = 2)]
        [Label("tier", "backend")]
        public partial class Backend
        {
            [Container({{apiImage ?? "\"idock.daumkakao.io/shop/backend:2.0.1\""}})] public partial class Api { }
            [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] public partial class LogShipper { }
        }

        [ReplicaSet(Name = "db")]
        [Container({{dbImage ?? "\"idock.daumkakao.io/shop/db:15.4\""}})]
        [Label("tier", "db")]
        public partial class Database { }
        """;
}
