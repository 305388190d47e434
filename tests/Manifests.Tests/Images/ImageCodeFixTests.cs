using Manifests.Tests.Support;
using static Manifests.Tests.Images.ImageAnalyzerTests;

namespace Manifests.Tests.Images;

/// <summary>Each image fix, before and after: it replaces the image string with the image the analyzer named.</summary>
public class ImageCodeFixTests
{
    [Fact]
    public Task KM201_lowercases_the_repository_when_that_is_the_only_problem()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM201:"idock.daumkakao.io/Shop/Admin:V1.0"|})] public partial class Admin { }
            """)
        {
            FixedSource = """
                using Manifests;
                [Deployment] [Container("idock.daumkakao.io/shop/admin:V1.0")] public partial class Admin { }
                """,
        }.RunAsync();

    [Fact]
    public Task KM201_removes_a_url_scheme()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM201:"https://idock.daumkakao.io/shop/frontend:1.4.2"|})] public partial class Frontend { }
            """)
        {
            FixedSource = """
                using Manifests;
                [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
                """,
        }.RunAsync();

    [Fact]
    public Task KM201_repairs_every_defect_of_a_reference_at_once()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|#0:"https://idock.daumkakao.io/shop/Frontend:1.0"|})] public partial class Frontend { }
            """)
        {
            FixedSource = """
                using Manifests;
                [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.0")] public partial class Frontend { }
                """,
        }.RunAsync(ProjectBuilder.Diagnostic("KM201").WithLocation(0).WithMessage(
            "Image 'https://idock.daumkakao.io/shop/Frontend:1.0' is malformed: an image reference has no URL scheme: remove 'https://'; "
                + "and repository name must be lowercase: 'shop/Frontend': write 'shop/frontend'"));

    [Fact]
    public Task KM201_offers_nothing_when_lowercasing_would_not_be_enough()
    {
        const string source = """
            using Manifests;
            [Deployment] [Container({|KM201:"idock.daumkakao.io/Shop//Admin:1.0"|})] public partial class Admin { }
            """;
        return new ImageTest(source) { FixedSource = source }.RunAsync();
    }

    [Fact]
    public Task No_fix_for_an_image_that_is_not_a_string_literal()
    {
        const string source = """
            using Manifests;
            static class Images { public const string Admin = "idock.daumkakao.io/Shop/Admin:1.0"; }
            [Deployment] [Container({|KM201:Images.Admin|})] public partial class Admin { }
            """;
        return new ImageTest(source) { FixedSource = source }.RunAsync();
    }

    [Fact]
    public Task KM202_uses_the_catalogs_copy_in_an_allowed_registry()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM202:{|KM203:"nginx:1.27"|}|})] public partial class Proxy { }
            """)
        {
            AllowedRegistries = "idock.daumkakao.io",
            Catalog = ShopCatalog,
            Iterations = 1, // both diagnostics offer the same image: one fix clears both
            FixedSource = """
                using Manifests;
                [Deployment] [Container("idock.daumkakao.io/library/nginx:1.27")] public partial class Proxy { }
                """,
        }.RunAsync();

    [Fact]
    public Task KM203_replaces_the_image_with_the_closest_catalog_entry()
        => new ImageTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [Container({|KM203:"idock.daumkakao.io/shop/log-shiper:1.2.0"|})] public partial class LogShipper { }
            }
            """)
        {
            Catalog = ShopCatalog,
            FixedSource = """
                using Manifests;
                [Deployment]
                public partial class Backend
                {
                    [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                    [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] public partial class LogShipper { }
                }
                """,
        }.RunAsync();

    [Fact]
    public Task KM203_pins_a_missing_tag_to_the_newest_listed()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM203:"idock.daumkakao.io/shop/backend:2.0.2"|})] public partial class Backend { }
            """)
        {
            Catalog = ShopCatalog,
            FixedSource = """
                using Manifests;
                [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Backend { }
                """,
        }.RunAsync();

    [Fact]
    public Task KM204_puts_the_components_own_image_back()
        => new ImageTest(ShopWith(frontendImage: "{|KM204:\"idock.daumkakao.io/shop/backend:2.0.1\"|}"))
        {
            Catalog = ShopCatalog,
            FixedSource = ShopWith(),
        }.RunAsync();

    [Fact]
    public Task KM204_offers_nothing_when_the_catalog_has_no_image_for_the_component()
    {
        var source = ShopWith(frontendImage: "{|KM204:\"idock.daumkakao.io/shop/backend:2.0.1\"|}");
        return new ImageTest(source) { FixedSource = source }.RunAsync();
    }

    [Fact]
    public Task KM205_pins_every_mutable_image_to_its_newest_catalog_tag()
        => new ImageTest("""
            using Manifests;
            [Deployment] [Container({|KM205:"idock.daumkakao.io/shop/backend"|})] public partial class Backend { }
            [Deployment] [Container({|KM205:"idock.daumkakao.io/shop/frontend:latest"|})] public partial class Frontend { }
            """)
        {
            Catalog = ShopCatalog,
            FixedSource = """
                using Manifests;
                [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Backend { }
                [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
                """,
        }.RunAsync();

    [Fact]
    public Task KM205_offers_nothing_without_a_tag_in_the_catalog()
    {
        const string source = """
            using Manifests;
            [Deployment] [Container({|KM205:"idock.daumkakao.io/mirror/busybox"|})] public partial class Tools { }
            """;
        return new ImageTest(source) { Catalog = ShopCatalog, FixedSource = source }.RunAsync();
    }
}
