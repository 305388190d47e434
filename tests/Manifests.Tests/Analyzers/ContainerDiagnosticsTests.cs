using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The pod's containers: KM109 replicas, KM110 two containers of one name, KM113 a workload with none, KM115
/// environment variables, KM120 text no YAML file can hold. Multi-container pods are nested classes, and the
/// squiggles must land inside them.
/// </summary>
public class ContainerDiagnosticsTests
{
    [Fact]
    public Task Negative_replicas_are_reported_at_the_count()
        => VerifyAsync("""
            using Manifests;
            [ReplicaSet(Replicas = {|#0:-3|})] [Container("postgres:16")] public partial class Db { }
            """,
            Diagnostic("KM109").WithLocation(0).WithMessage("Replicas is -3: it must be 0 or more"));

    [Fact]
    public Task Zero_or_more_replicas_are_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = 0)] [Container("nginx:1.27")] public partial class Paused { }
            [ReplicaSet(Replicas = 100)] [Container("nginx:1.27")] public partial class Many { }
            """);

    [Fact]
    public Task A_workload_without_a_container_is_reported_at_its_attribute()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}] public partial class Web { }
            """,
            Diagnostic("KM113").WithLocation(0).WithMessage(
                "Deployment 'web' has no container: add [Container(\"registry/image:tag\")] to the class, or to a nested class for each container of the pod"));

    [Fact]
    public Task A_workload_whose_nested_classes_have_no_container_is_reported()
        => VerifyAsync("""
            using Manifests;
            [{|#0:ReplicaSet(Name = "db", Replicas = 1)|}]
            public partial class Database
            {
                public partial class Settings { }
            }
            """,
            Diagnostic("KM113").WithLocation(0).WithMessage(
                "ReplicaSet 'db' has no container: add [Container(\"registry/image:tag\")] to the class, or to a nested class for each container of the pod"));

    [Fact]
    public Task Two_nested_containers_of_one_name_are_reported_at_the_second_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1", Name = "app")] public partial class Api { }
                [Container("idock.daumkakao.io/shop/worker:2.0.1", Name = {|#0:"app"|})] public partial class Worker { }
            }
            """,
            Diagnostic("KM110").WithLocation(0).WithMessage("Container name 'app' is used twice in the pod of 'backend': give each container its own name"));

    [Fact]
    public Task Nested_classes_whose_names_kebab_case_alike_are_reported_at_the_second_container()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [{|KM110:Container("idock.daumkakao.io/shop/backend:2.0.1")|}] public partial class API { }
            }
            """);

    [Fact]
    public Task A_nested_container_named_like_the_workloads_own_container_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0", Name = {|KM110:"backend"|})] public partial class LogShipper { }
            }
            """);

    [Fact]
    public Task Environment_variable_names_are_checked()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Env("MY_VAR", "x")]
            [Env("my.env-name", "x")]
            [Env("MY_ENV.NAME", "x")]
            [Env("MyEnvName1", "x")]
            [Env("_PRIVATE", "x")]
            [Env({|KM115:"1VAR"|}, "x")]
            [Env({|KM115:"MY VAR"|}, "x")]
            [Env({|KM115:"A=B"|}, "x")]
            [Env({|KM115:""|}, "x")]
            public partial class Web { }
            """);

    [Fact]
    public Task An_invalid_environment_variable_name_names_its_container()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Env({|#0:"1DB_HOST"|}, "db")] public partial class Api { }
            }
            """,
            Diagnostic("KM115").WithLocation(0).WithMessage("Environment variable '1DB_HOST' in container 'api' is invalid: " + RuleText.EnvVarName));

    [Fact]
    public Task A_variable_set_twice_in_one_container_is_reported_at_the_second_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Env("DB_HOST", "db")]
                [Env({|#0:"DB_HOST"|}, "db.shop")]
                public partial class Api { }
            }
            """,
            Diagnostic("KM115").WithLocation(0).WithMessage("Environment variable 'DB_HOST' is set twice in container 'api': keep one"));

    [Fact]
    public Task The_same_variable_in_two_containers_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Env("LOG_LEVEL", "info")] public partial class Api { }
                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] [Env("LOG_LEVEL", "warn")] public partial class LogShipper { }
            }
            """);

    [Fact]
    public Task A_lone_surrogate_in_an_environment_value_is_reported_at_the_value()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Env("GREETING", {|#0:"hi \uD800"|})] public partial class Web { }
            """,
            Diagnostic("KM120").WithLocation(0).WithMessage(
                "Environment variable 'GREETING' contains a lone UTF-16 surrogate (\\uD800), which no YAML file can hold: remove it or complete the pair"));

    [Fact]
    public Task Any_unpaired_surrogate_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Env("LOW", {|KM120:"\uDC00"|})]
            [Env("REVERSED", {|KM120:"\uDE00\uD83D"|})]
            [Env("PAIR_THEN_LONE", {|KM120:"\uD83D\uDE00\uD800"|})]
            public partial class Web { }
            """);

    [Fact]
    public Task A_complete_surrogate_pair_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Env("GREETING", "hi \uD83D\uDE00")] [Annotation("mood", "😀")] public partial class Web { }
            """);

    [Fact]
    public Task Lone_surrogates_in_images_commands_and_annotations_say_where_they_are()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Annotation("note", {|#0:"\uDBFF"|})]
            public partial class Web
            {
                [Container({|#1:"nginx:1.27\uD800"|}, Command = {|#2:new[] { "nginx", "-g\uD800" }|})] public partial class Server { }
            }
            """,
            Diagnostic("KM120").WithLocation(0).WithMessage("Annotation 'note' contains a lone UTF-16 surrogate (\\uDBFF), which no YAML file can hold: remove it or complete the pair"),
            Diagnostic("KM120").WithLocation(1).WithMessage("Image of container 'server' contains a lone UTF-16 surrogate (\\uD800), which no YAML file can hold: remove it or complete the pair"),
            Diagnostic("KM120").WithLocation(2).WithMessage("Command line of container 'server' contains a lone UTF-16 surrogate (\\uD800), which no YAML file can hold: remove it or complete the pair"));
}
