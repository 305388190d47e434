using Manifests.CodeFixes.BestPractice;
using Manifests.Tests.Support;

namespace Manifests.Tests.BestPractice;

/// <summary>
/// KM503's fix: the literal leaves the code, the variable reads a key of a Secret declared beside the workload. Every
/// test also runs the fix one diagnostic at a time and as "fix all" (the testing library does both), and the fixed code
/// is checked by the object rules too.
/// </summary>
public class SecretCodeFixTests
{
    private static readonly string[] Rule = ["KM503"];

    private static async Task FixAsync(string source, string fixedSource)
    {
        await new BestPracticeTest(source) { Only = Rule, CodeFix = new MoveToSecretCodeFix(), FixedSource = fixedSource }.RunAsync();
        await AnalyzerVerifier.VerifyAsync(fixedSource);
    }

    [Fact]
    public Task A_literal_moves_to_a_new_Secret_class_beside_the_workload()
        => FixAsync(
            """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("DB_HOST", "db")]
            [Env("DB_PASSWORD", {|KM503:"hunter2"|})]
            public partial class Backend { }
            """,
            """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("DB_HOST", "db")]
            [Env("DB_PASSWORD", Secret = typeof(BackendSecrets), Key = "DB_PASSWORD")]
            public partial class Backend { }

            [Secret("backend-secrets", Keys = new[] { "DB_PASSWORD" })]
            public partial class BackendSecrets { }
            """);

    [Fact]
    public Task Secrets_of_every_container_go_to_one_Secret_class_one_at_a_time_or_all_at_once()
        => FixAsync(
            """
            using Manifests;

            namespace Shop
            {
                [Deployment(Name = "api")]
                internal partial class Backend
                {
                    [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                    [Env("DB_PASSWORD", {|KM503:"hunter2"|})]
                    [Env("ConnectionStrings__Cache", {|KM503:"host=cache password=s3cr3t"|})]
                    public partial class Api { }

                    [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                    [Env(name: "PGPASSWORD", value: {|KM503:"hunter2"|})]
                    public partial class Migrate { }
                }

                public static class Unrelated { }
            }
            """,
            """
            using Manifests;

            namespace Shop
            {
                [Deployment(Name = "api")]
                internal partial class Backend
                {
                    [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                    [Env("DB_PASSWORD", Secret = typeof(BackendSecrets), Key = "DB_PASSWORD")]
                    [Env("ConnectionStrings__Cache", Secret = typeof(BackendSecrets), Key = "ConnectionStrings__Cache")]
                    public partial class Api { }

                    [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                    [Env(name: "PGPASSWORD", Secret = typeof(BackendSecrets), Key = "PGPASSWORD")]
                    public partial class Migrate { }
                }

                [Secret("api-secrets", Keys = new[] { "DB_PASSWORD", "ConnectionStrings__Cache", "PGPASSWORD" })]
                internal partial class BackendSecrets { }

                public static class Unrelated { }
            }
            """);

    [Fact]
    public Task An_existing_Secret_class_gets_the_key_in_the_way_its_keys_are_written()
        => FixAsync(
            """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("STRIPE_API_KEY", {|KM503:"sk_live_123"|})]
            [Env("DB_PASSWORD", Secret = typeof(BackendSecrets), Key = "DB_PASSWORD")]
            public partial class Backend { }

            [Secret("backend-secrets", Keys =
            [
                "DB_PASSWORD",
            ])]
            public partial class BackendSecrets { }
            """,
            """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("STRIPE_API_KEY", Secret = typeof(BackendSecrets), Key = "STRIPE_API_KEY")]
            [Env("DB_PASSWORD", Secret = typeof(BackendSecrets), Key = "DB_PASSWORD")]
            public partial class Backend { }

            [Secret("backend-secrets", Keys =
            [
                "DB_PASSWORD",
                "STRIPE_API_KEY",
            ])]
            public partial class BackendSecrets { }
            """);

    [Fact]
    public Task A_key_the_Secret_declares_already_is_only_read_from_it()
        => FixAsync(
            """
            using Manifests;

            [Secret("shop-secrets", Keys = new string[] { "GITHUB_TOKEN" })]
            public partial class FrontendSecrets { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Env("GITHUB_TOKEN", {|KM503:"ghp_123"|})]
            public partial class Frontend { }
            """,
            """
            using Manifests;

            [Secret("shop-secrets", Keys = new string[] { "GITHUB_TOKEN" })]
            public partial class FrontendSecrets { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Env("GITHUB_TOKEN", Secret = typeof(FrontendSecrets), Key = "GITHUB_TOKEN")]
            public partial class Frontend { }
            """);

    [Fact]
    public Task A_Secret_class_without_keys_gets_them_and_qualified_names_stay_qualified()
        => FixAsync(
            """
            [Manifests.Deployment]
            [Manifests.Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Manifests.Env("SESSION_TIMEOUT", "30", Optional = false)]
            [Manifests.Env("JWT_SECRET", {|KM503:"abc"|}, Optional = false)]
            public partial class Frontend { }

            [Manifests.Secret("frontend-secrets")]
            public partial class FrontendSecrets { }
            """,
            """
            [Manifests.Deployment]
            [Manifests.Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Manifests.Env("SESSION_TIMEOUT", "30", Optional = false)]
            [Manifests.Env("JWT_SECRET", Optional = false, Secret = typeof(FrontendSecrets), Key = "JWT_SECRET")]
            public partial class Frontend { }

            [Manifests.Secret("frontend-secrets", Keys = new[] { "JWT_SECRET" })]
            public partial class FrontendSecrets { }
            """);

    [Fact]
    public Task A_new_Secret_class_for_a_nested_workload_sits_beside_it_in_its_class()
        => FixAsync(
            """
            using Manifests;

            public static class Apps
            {
                [Deployment]
                [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
                [Env("API_TOKEN", {|KM503:"t0k3n"|})]
                public partial class Frontend
                {
                }
            }
            """,
            """
            using Manifests;

            public static class Apps
            {
                [Deployment]
                [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
                [Env("API_TOKEN", Secret = typeof(FrontendSecrets), Key = "API_TOKEN")]
                public partial class Frontend
                {
                }

                [Secret("frontend-secrets", Keys = new[] { "API_TOKEN" })]
                public partial class FrontendSecrets { }
            }
            """);

    [Fact]
    public Task No_fix_when_the_class_name_is_taken_by_something_else()
    {
        const string source = """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("DB_PASSWORD", {|KM503:"hunter2"|})]
            public partial class Backend { }

            public static class BackendSecrets { }
            """;
        return new BestPracticeTest(source) { Only = Rule, CodeFix = new MoveToSecretCodeFix(), FixedSource = source }.RunAsync();
    }

    [Fact]
    public Task No_fix_when_the_Secrets_keys_are_not_written_in_place()
    {
        const string source = """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("DB_PASSWORD", {|KM503:"hunter2"|})]
            public partial class Backend { }

            [Secret("backend-secrets", Keys = null)]
            public partial class BackendSecrets { }
            """;
        return new BestPracticeTest(source) { Only = Rule, CodeFix = new MoveToSecretCodeFix(), FixedSource = source }.RunAsync();
    }

    [Fact]
    public Task No_fix_for_a_variable_name_no_Secret_key_can_take()
    {
        // ':' is fine in a variable name for the newest clusters (KM115 aside) but never in a Secret key.
        const string source = """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("Db:Password", {|KM503:"hunter2"|})]
            public partial class Backend { }
            """;
        return new BestPracticeTest(source) { Only = Rule, CodeFix = new MoveToSecretCodeFix(), FixedSource = source }.RunAsync();
    }
}
