using Manifests.Tests.Support;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// KM117: a Manifests attribute where it silently does nothing. Reported at the whole attribute, with where it belongs.
/// </summary>
public class MisplacedAttributeTests
{
    [Fact]
    public Task A_workload_or_config_map_declared_inside_a_workload_is_an_object_of_its_own_and_nothing_is_misplaced()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Env("LOG_LEVEL", ConfigMap = typeof(Backend.Settings))]
            public partial class Backend
            {
                [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class Settings { }

                [Deployment] [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] [Port(24224)]
                public partial class LogRelay { }
            }
            """);

    [Fact]
    public Task A_port_on_a_workload_whose_containers_are_nested_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [{|#0:Port(8080)|}]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
            }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[Port] has no effect here: 'Backend' has no [Container] of its own, so add one or move [Port] to the nested container class it belongs to"));

    [Fact]
    public Task Other_container_attributes_on_a_workload_without_its_own_container_are_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [{|KM117:Env("LOG_LEVEL", "info")|}]
            [{|KM117:Resources(CpuRequest = "250m")|}]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
            }
            """);

    [Fact]
    public Task A_label_on_a_nested_container_class_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [{|#0:Label("tier", "backend")|}]
                public partial class Api { }
            }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[Label] has no effect here: 'Api' is a container class; [Label] describes the whole workload, so move it to the workload class 'Backend'"));

    [Fact]
    public Task Workload_attributes_on_a_nested_container_class_are_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Port(80)]
                [{|KM117:Service(Port = 80)|}]
                [{|KM117:Annotation("owner", "team-commerce")|}]
                [{|KM117:NodeSelector("disk", "ssd")|}]
                [{|KM117:Toleration("dedicated")|}]
                public partial class Api { }
            }
            """);

    [Fact]
    public Task A_port_on_a_nested_class_without_a_container_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            public partial class Backend
            {
                [{|#0:Port(9090, Name = "metrics")|}]
                public partial class Metrics { }
            }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[Port] has no effect here: the nested class 'Metrics' has no [Container], so add [Container(\"registry/image:tag\")] to it"));

    [Fact]
    public Task A_container_on_a_class_that_is_no_workload_is_reported()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Container("idock.daumkakao.io/shop/worker:1.0.0")|}]
            [{|#1:Env("QUEUE", "orders")|}]
            public partial class Worker { }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[Container] has no effect here: 'Worker' is not a workload: add [Deployment], [StatefulSet] or [ReplicaSet] to it, or nest it in the workload class it belongs to"),
            Diagnostic("KM117").WithLocation(1).WithMessage(
                "[Env] has no effect here: 'Worker' is not a workload: add [Deployment], [StatefulSet] or [ReplicaSet] to it, or nest it in the workload class it belongs to"));

    [Fact]
    public Task A_container_nested_in_a_class_that_is_no_workload_is_reported()
        => VerifyAsync("""
            using Manifests;
            public static class Components
            {
                [{|KM117:Container("idock.daumkakao.io/shop/worker:1.0.0")|}]
                public partial class Worker { }
            }
            """);

    [Fact]
    public Task A_class_that_is_both_a_deployment_and_a_replica_set_is_reported_at_the_second()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [{|#0:ReplicaSet(Replicas = 2)|}]
            [Container("nginx:1.27")]
            public partial class Web { }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[ReplicaSet] has no effect here: 'Web' is already a Deployment; a class describes one workload, so remove one of the two"));

    [Fact]
    public Task A_replica_set_that_is_also_a_deployment_is_reported_at_the_deployment()
        => VerifyAsync("""
            using Manifests;
            [ReplicaSet]
            [Container("nginx:1.27")]
            [{|#0:Deployment|}]
            public partial class Web { }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[Deployment] has no effect here: 'Web' is already a ReplicaSet; a class describes one workload, so remove one of the two"));

    [Fact]
    public Task A_container_class_nested_two_levels_deep_is_told_where_to_go()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                public partial class Api
                {
                    [{|#0:Container("idock.daumkakao.io/shop/log-shipper:1.2.0")|}]
                    public partial class LogShipper { }
                }
            }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[Container] has no effect here: 'LogShipper' is nested too deep: container classes must be nested directly in the workload class 'Backend'"));

    [Fact]
    public void A_container_class_nested_too_deep_withholds_its_workload_rather_than_writing_a_pod_without_it()
    {
        // With KM117 lowered to a warning, the build must still fail on Backend (KMB005), not ship a pod without LogShipper.
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                public partial class Api
                {
                    [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")]
                    [Port(9100)]
                    public partial class LogShipper { }
                }
            }
            """);

        Assert.Empty(files.ByPath);
        var (path, reason) = Assert.Single(files.Withheld);
        Assert.Equal("backend-deployment.yaml", path);
        Assert.Equal(
            "'Backend' has an error, KM117: [Container] has no effect here: 'LogShipper' is nested too deep: container classes must be nested directly in the workload class 'Backend' (and 1 more)",
            reason);
    }

    [Fact]
    public Task A_workload_or_configmap_nested_deeper_is_an_object_of_its_own_not_a_misplaced_container()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            public partial class Backend
            {
                public static class Jobs
                {
                    [Deployment]
                    public partial class Cleanup
                    {
                        [Container("busybox:1.36")] public partial class Run { }
                    }

                    [ConfigMap] [Data("mode", "nightly")] public static class Schedule { }
                }
            }
            """);

    [Fact]
    public Task An_init_container_belongs_on_a_nested_class_and_has_no_ports()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [{|#0:InitContainer("busybox:1.36")|}]
            public partial class Backend
            {
                [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                [{|#1:Port(8080)|}]
                public partial class Migrate { }

                [InitContainer("busybox:1.36")]
                [{|#2:Container("busybox:1.36")|}]
                public partial class Both { }
            }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[InitContainer] has no effect here: 'Backend' already describes a container; one class describes one container, so move this one to a nested class of its own"),
            Diagnostic("KM117").WithLocation(1).WithMessage(
                "[Port] has no effect here: 'Migrate' is an init container, which runs to completion before the pod serves traffic, so nothing reaches its ports: remove [Port]"),
            Diagnostic("KM117").WithLocation(2).WithMessage(
                "[Container] has no effect here: 'Both' already describes a container; one class describes one container, so move this one to a nested class of its own"));

    [Fact]
    public Task An_init_container_alone_on_a_workload_class_is_told_to_move()
        => VerifyAsync("""
            using Manifests;
            [{|#1:Deployment|}]
            [{|#0:InitContainer("busybox:1.36")|}]
            public partial class Backend { }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage(
                "[InitContainer] has no effect here: the workload class's own attributes describe its main container, so put [InitContainer] on a nested class of 'Backend'"),
            Diagnostic("KM113").WithLocation(1));

    [Fact]
    public Task Init_container_names_share_the_pods_namespace_of_names()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1", Name = "api")] public partial class Api { }
                [InitContainer("busybox:1.36", Name = {|KM110:"api"|})] public partial class Wait { }
            }
            """);

    [Fact]
    public Task Attributes_where_they_belong_are_not_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Label("tier", "backend")]
            [Annotation("owner", "team-commerce")]
            [NodeSelector("disk", "ssd")]
            [Toleration("dedicated", Value = "backend")]
            [Service(Port = 8080, TargetPort = "api")]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Port(8080, Name = "api")]
                [Env("DB_HOST", "db")]
                [Resources(CpuRequest = "500m")]
                public partial class Api { }

                public partial class NotAContainer { }
            }
            """);
}
