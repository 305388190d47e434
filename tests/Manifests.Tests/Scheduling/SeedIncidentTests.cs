using static Manifests.Tests.Scheduling.SchedulingVerifier;

namespace Manifests.Tests.Scheduling;

/// <summary>
/// The seed's incident, 2025-02-11: a frontend pod that never started on a 4-node cluster, reproduced as a compile-time
/// diagnostic with the scheduler's words.
/// </summary>
public class SeedIncidentTests
{
    private const string SeedVerdict =
        "0/4 nodes are available: 1 node(s) had untolerated taint {node-role.dkosv3.9rum.cc/lb: true}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/master: }, "
        + "2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }.";

    private const string SeedAdvice =
        "To fix it: to use the 1 node tainted {node-role.dkosv3.9rum.cc/lb: true}, add [Toleration(\"node-role.dkosv3.9rum.cc/lb\", Value = \"true\", Effect = TaintEffect.NoSchedule)]; "
        + "node-role.kubernetes.io/master keeps workloads off the control plane (1 node): do not tolerate it; "
        + "node.kubernetes.io/unreachable is set by Kubernetes on 2 nodes that are down or unhealthy: a toleration is the wrong fix, so bring them back or add healthy nodes.";

    [Fact]
    public Task A_frontend_without_tolerations_gets_the_schedulers_verdict_and_the_advice()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Replicas = 3)|}]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            public partial class Frontend { }
            """,
            [("/0/cluster/nodes.yaml", SeedCluster)],
            Diagnostic("KM301").WithLocation(0).WithMessage(SeedVerdict + " " + SeedAdvice));

    [Fact]
    public Task Tolerating_the_load_balancer_taint_makes_it_schedulable()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = 3)]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            public partial class Frontend { }
            """,
            [("/0/cluster/nodes.yaml", SeedCluster)]);

    [Fact]
    public Task The_typo_in_the_taint_key_gets_did_you_mean_and_the_pod_stays_unschedulable()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Toleration({|#1:"node-role.dkos.9rum.cc/lb"|}, Value = "true", Effect = TaintEffect.NoSchedule)]
            public partial class Frontend { }
            """,
            [("/0/cluster/nodes.yaml", SeedCluster)],
            Diagnostic("KM301").WithLocation(0).WithMessage(SeedVerdict + " " + SeedAdvice),
            Diagnostic("KM302").WithLocation(1).WithMessage("Toleration of 'node-role.dkos.9rum.cc/lb' matches no taint on any node of the cluster: did you mean 'node-role.dkosv3.9rum.cc/lb'?"));

    [Fact]
    public Task The_code_fix_adds_exactly_the_load_balancer_toleration()
        => VerifyCodeFixAsync("""
            using Manifests;

            /// <summary>The web frontend.</summary>
            [{|#0:Deployment(Replicas = 3)|}]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            public partial class Frontend { }
            """, """
            using Manifests;

            /// <summary>The web frontend.</summary>
            [Deployment(Replicas = 3)]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            public partial class Frontend { }
            """,
            [("/0/cluster/nodes.yaml", SeedCluster)],
            codeActionIndex: 0,
            Diagnostic("KM301").WithLocation(0).WithMessage(SeedVerdict + " " + SeedAdvice));

    [Fact]
    public Task Fix_all_tolerates_the_taint_on_every_workload_it_refuses()
        => VerifyCodeFixAsync("""
            using Manifests;

            [{|#0:Deployment|}] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }

            [{|#1:Deployment|}] [Container("idock.daumkakao.io/shop/admin:1.0.0")] public partial class Admin { }
            """, """
            using Manifests;

            [Deployment] [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }

            [Deployment] [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)] [Container("idock.daumkakao.io/shop/admin:1.0.0")] public partial class Admin { }
            """,
            [("/0/cluster/nodes.yaml", SeedCluster)],
            codeActionIndex: 0,
            Diagnostic("KM301").WithLocation(0).WithMessage(SeedVerdict + " " + SeedAdvice),
            Diagnostic("KM301").WithLocation(1).WithMessage(SeedVerdict + " " + SeedAdvice));

    [Fact]
    public Task The_shop_example_fits_its_cluster_without_a_single_warning()
        => VerifySourcesAsync(
            Support.Repository.ExampleSources("Shop"),
            [("/0/cluster/nodes.yaml", File.ReadAllText(Support.Repository.PathOf("examples", "Shop", "cluster", "nodes.yaml")))]);

    [Fact]
    public Task Without_a_cluster_profile_scheduling_stays_silent()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1")] [Toleration("no-such-taint")] public partial class Web { }
            """,
            []);
}
