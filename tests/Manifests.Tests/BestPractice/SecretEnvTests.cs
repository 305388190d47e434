using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.BestPractice;

/// <summary>KM503: a secret written as a literal environment value, reported at the value.</summary>
public class SecretEnvTests
{
    private static readonly string[] Rule = ["KM503"];

    private const string Advice =
        ": the value is in the source code, its history and the generated YAML; create a Secret in the cluster that holds it, " +
        "declare that Secret with [Secret(...)] and set the variable from it (Secret = typeof(...)), and change the value, " +
        "which is no secret anymore";

    [Fact]
    public Task A_password_named_literal_is_reported_at_its_value()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("DB_HOST", "db")]
            [Env("DB_PASSWORD", {|#0:"hunter2"|})]
            public partial class Backend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM503").WithLocation(0).WithMessage(
                "Environment variable 'DB_PASSWORD' of container 'backend' is set to a literal, and its name says it holds a secret ('PASSWORD')" + Advice));

    [Fact]
    public Task The_message_quotes_the_words_as_written()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Env(value: {|#0:"sk_live_123"|}, name: "Stripe__ApiKey")]
                public partial class Api { }
            }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM503").WithLocation(0).WithMessage(
                "Environment variable 'Stripe__ApiKey' of container 'api' is set to a literal, and its name says it holds a secret ('ApiKey')" + Advice));

    [Fact]
    public Task A_connection_string_with_a_password_is_reported_whatever_its_name()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("ConnectionStrings__Shop", {|#0:"Host=db;Database=shop;Username=shop;Password=hunter2"|})]
            public partial class Backend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM503").WithLocation(0).WithMessage(
                "Environment variable 'ConnectionStrings__Shop' of container 'backend' is set to a literal connection string with a password ('Password=')" + Advice));

    [Fact]
    public Task A_url_with_a_password_is_reported_whatever_its_name()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("DATABASE_URL", {|#0:"postgres://shop:hunter2@db:5432/shop"|})]
            public partial class Backend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM503").WithLocation(0).WithMessage(
                "Environment variable 'DATABASE_URL' of container 'backend' is set to a literal postgres:// URL with a password in it ('user:password@')" + Advice));

    [Fact]
    public Task Init_containers_leak_secrets_too()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            public partial class Backend
            {
                [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                [Env("PGPASSWORD", {|KM503:"x"|})]
                [Env("MIGRATION_TOKEN", {|KM503:"t0k3n"|})]
                public partial class Migrate { }
            }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task References_empty_values_yes_or_no_and_other_variables_are_no_secret()
        => new BestPracticeTest("""
            using Manifests;

            [Secret("db-credentials", Keys = new[] { "password" })]
            public partial class DbCredentials { }

            [Deployment]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [Env("POSTGRES_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]
            [Env("POSTGRES_PASSWORD_FILE", "/run/secrets/db-password")]
            [Env("MYSQL_ALLOW_EMPTY_PASSWORD", "yes")]
            [Env("REDIS_PASSWORD", "")]
            [Env("PGPASSWORD_COPY", "$(POSTGRES_PASSWORD)")]
            [Env("TOKEN_URL", "https://auth.example.com/oauth/token")]
            [Env("PASSWORDLESS_LOGIN", "enabled")]
            [Env("DATABASE_URL", "postgres://db:5432/shop")]
            [Env("ConnectionStrings__Shop", "Host=db;Database=shop;Username=shop")]
            public partial class Database { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_ConfigMap_is_not_a_workload_and_its_data_is_not_judged()
        => new BestPracticeTest("""
            using Manifests;
            [ConfigMap]
            [Data("DB_PASSWORD", "not-judged-here")]
            public partial class ShopConfig { }
            """) { Only = Rule }.RunAsync();
}
