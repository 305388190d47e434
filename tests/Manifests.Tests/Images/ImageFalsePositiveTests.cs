using System.Xml.Linq;
using Manifests.Tests.Support;
using static Manifests.Tests.Images.ImageAnalyzerTests;

namespace Manifests.Tests.Images;

/// <summary>
/// Correct images are never flagged: the example shop exactly as its project file configures it, and a larger project
/// whose images are all right, with the sidecars, mirrors, digests and registry ports real teams use. And the other
/// way round: every swap of two of the shop's components' images is caught.
/// </summary>
public class ImageFalsePositiveTests
{
    [Fact]
    public Task The_example_shop_is_clean_with_its_own_catalog_and_registries()
    {
        // Read the settings from Shop.csproj itself, so this test follows the example as it changes.
        var project = XDocument.Load(Repository.PathOf("examples", "Shop", "Shop.csproj"));
        var catalogPath = project.Descendants("ManifestsImageCatalog").Single().Attribute("Include")!.Value;
        var registries = project.Descendants("ManifestsAllowedRegistries").Single().Value.Trim();

        var sources = Repository.ExampleSources("Shop");
        return new ImageTest(sources)
        {
            Catalog = File.ReadAllText(Repository.PathOf("examples", "Shop", catalogPath)),
            AllowedRegistries = registries,
        }.RunAsync();
    }

    [Fact]
    public Task A_project_whose_images_are_all_right_gets_no_image_diagnostic()
        => new ImageTest("""
            using Manifests;

            [assembly: ManifestDefaults(Namespace = "market", PartOf = "market", AllowedRegistries = new[] { "idock.daumkakao.io", "registry.internal:5000" })]

            [Deployment(Replicas = 3)]
            [Label("tier", "frontend")]
            public partial class Storefront
            {
                [Container("idock.daumkakao.io/market/storefront:3.2.0")] public partial class Web { }
                [Container("idock.daumkakao.io/mirror/nginx:1.27")] public partial class Proxy { }
                [Container("idock.daumkakao.io/mirror/envoy@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0")] public partial class Envoy { }
            }

            [Deployment] [Label("tier", "frontend")]
            [Container("idock.daumkakao.io/market/frontend-admin:1.0.0")]
            public partial class AdminUi { }

            [Deployment(Replicas = 2)] [Label("tier", "backend")]
            public partial class OrdersApi
            {
                [Container("idock.daumkakao.io/market/orders-api:5.1.0")] public partial class Api { }
                [Container("idock.daumkakao.io/market/log-shipper:1.2.0")] public partial class LogShipper { }
                [Container("idock.daumkakao.io/mirror/redis:7.2")] public partial class Cache { }
            }

            [Deployment] [Label("tier", "backend")]
            [Container("idock.daumkakao.io/market/orders-api:5.1.0", Args = new[] { "consume" })]
            public partial class OrdersConsumer { }

            [Deployment]
            [Container("idock.daumkakao.io/market/api-gateway:2.3.4")]
            public partial class Gateway { }

            [Deployment]
            [Container("registry.internal:5000/tools/debug-shell:0.4.1")]
            public partial class DebugShell { }

            [ReplicaSet(Name = "orders-db")] [Label("tier", "database")]
            [Container("idock.daumkakao.io/mirror/postgres:16.3")]
            public partial class OrdersDatabase { }

            [ReplicaSet(Name = "session-cache")] [Label("tier", "db")]
            [Container("idock.daumkakao.io/mirror/redis:7.2")]
            public partial class SessionCache { }
            """)
        {
            AllowedRegistries = "registry.internal:5000",
            Catalog = """
                # market images
                idock.daumkakao.io/market/storefront:3.1.0
                idock.daumkakao.io/market/storefront:3.2.0
                idock.daumkakao.io/market/frontend-admin:1.0.0
                idock.daumkakao.io/market/orders-api:5.1.0
                idock.daumkakao.io/market/log-shipper:1.2.0
                idock.daumkakao.io/market/api-gateway:2.3.4
                # mirrored third-party images
                idock.daumkakao.io/mirror/nginx:1.27
                idock.daumkakao.io/mirror/envoy@sha256:a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0
                idock.daumkakao.io/mirror/redis           # any tag
                idock.daumkakao.io/mirror/postgres:16.3
                registry.internal:5000/tools/debug-shell:0.4.1
                """,
        }.RunAsync();

    /// <summary>Every swap of two of the shop's components' images is a mix-up KM204 must catch.</summary>
    [Theory]
    [InlineData("frontend", "backend")]
    [InlineData("frontend", "db")]
    [InlineData("api", "frontend")]
    [InlineData("api", "db")]
    [InlineData("db", "frontend")]
    [InlineData("db", "backend")]
    public Task Every_swap_of_the_shops_images_is_caught(string container, string imageOf)
    {
        var image = imageOf switch
        {
            "frontend" => "idock.daumkakao.io/shop/frontend:1.4.2",
            "backend" => "idock.daumkakao.io/shop/backend:2.0.1",
            _ => "idock.daumkakao.io/shop/db:15.4",
        };
        var marked = "{|KM204:\"" + image + "\"|}";
        var source = container switch
        {
            "frontend" => ShopWith(frontendImage: marked),
            "api" => ShopWith(apiImage: marked),
            _ => ShopWith(dbImage: marked),
        };
        return new ImageTest(source) { Catalog = ShopCatalog }.RunAsync();
    }
}
