using static Manifests.Tests.Scheduling.SchedulingVerifier;

namespace Manifests.Tests.Scheduling;

/// <summary>
/// KM301 for what the pod says about where it may run: required node affinity beside the node selector, ephemeral
/// storage, and DoNotSchedule topology spread. Each message is the scheduler's sentence, then the advice.
/// </summary>
public class PodPlacementDiagnosticsTests
{
    private const string LbToleration = "[Toleration(\"role/lb\", Value = \"true\", Effect = TaintEffect.NoSchedule)]";

    private const string DiskCluster = """
        kind: List
        items:
        - kind: Node
          metadata: { name: a, labels: { disktype: hdd } }
        - kind: Node
          metadata: { name: b, labels: { disktype: hdd } }
        - kind: Node
          metadata: { name: c }
        - kind: Node
          metadata: { name: lb, labels: { disktype: ssd } }
          spec: { taints: [ { key: role/lb, value: "true", effect: NoSchedule } ] }
        """;

    [Fact]
    public Task A_required_affinity_no_tolerated_node_meets_names_the_labels_the_nodes_lack_or_have()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeAffinity("disktype", "ssd", "nvme")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", DiskCluster)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/4 nodes are available: 1 node(s) had untolerated taint {role/lb: true}, 3 node(s) didn't match Pod's node affinity/selector. "
                + $"To fix it: to use the 1 node tainted {{role/lb: true}}, add {LbToleration}; "
                + "no node the pod tolerates matches the required node affinity disktype In (ssd, nvme) (1 node has no label disktype, 2 nodes have disktype=hdd): "
                + "correct the [NodeAffinity] or label a node."));

    [Fact]
    public Task A_node_selector_and_an_affinity_each_met_by_some_node_but_never_together_are_both_named()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeSelector("disktype", "ssd")]
            [NodeAffinity("zone", "b")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata: { name: a, labels: { disktype: ssd, zone: a } }
                - kind: Node
                  metadata: { name: b, labels: { disktype: hdd, zone: b } }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. To fix it: "
                + "the node selector disktype=ssd excludes 1 node of the 2 nodes the pod tolerates (1 node has disktype=hdd): correct the [NodeSelector] or label a node; "
                + "the required node affinity zone In (b) excludes 1 node of the 2 nodes the pod tolerates (1 node has zone=a): correct the [NodeAffinity] or label a node."));

    [Fact]
    public Task A_requirement_no_node_meets_is_named_alone()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeSelector("disktype", "ssd")]
            [NodeAffinity("zone", "b")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata: { name: a, labels: { zone: a } }
                - kind: Node
                  metadata: { name: b, labels: { zone: b } }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. To fix it: "
                + "no node the pod tolerates matches the node selector disktype=ssd (2 nodes have no label disktype): correct the [NodeSelector] or label a node."));

    [Fact]
    public Task Gt_says_which_nodes_lack_the_label_which_are_too_small_and_which_are_no_integer()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeAffinity("cores", "8", Operator = AffinityOperator.Gt)]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata: { name: a, labels: { cores: "4" } }
                - kind: Node
                  metadata: { name: b, labels: { cores: many } }
                - kind: Node
                  metadata: { name: c }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. To fix it: "
                + "no node the pod tolerates matches the required node affinity cores Gt 8 (1 node has no label cores, 1 node has cores=4, 1 node has cores=many, not an integer): "
                + "correct the [NodeAffinity] or label a node."));

    [Fact]
    public Task NotIn_and_DoesNotExist_name_the_values_that_exclude_each_node_the_first_three_quoted()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeAffinity("zone", "a", "b", "c", "d", Operator = AffinityOperator.NotIn)]
            public partial class Web { }

            [{|#1:Deployment|}]
            [Container("nginx:1")]
            [NodeAffinity("zone", Operator = AffinityOperator.DoesNotExist)]
            public partial class Batch { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - { kind: Node, metadata: { name: n1, labels: { zone: a } } }
                - { kind: Node, metadata: { name: n2, labels: { zone: a } } }
                - { kind: Node, metadata: { name: n3, labels: { zone: b } } }
                - { kind: Node, metadata: { name: n4, labels: { zone: c } } }
                - { kind: Node, metadata: { name: n5, labels: { zone: d } } }
                - { kind: Node, metadata: { name: n6, labels: { zone: d } } }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/6 nodes are available: 6 node(s) didn't match Pod's node affinity/selector. To fix it: "
                + "no node the pod tolerates matches the required node affinity zone NotIn (a, b, c, d) (2 nodes have zone=a, 1 node has zone=b, 1 node has zone=c, 2 nodes have other values): "
                + "correct the [NodeAffinity] or label a node."),
            Diagnostic("KM301").WithLocation(1).WithMessage(
                "0/6 nodes are available: 6 node(s) didn't match Pod's node affinity/selector. To fix it: "
                + "no node the pod tolerates matches the required node affinity zone DoesNotExist (2 nodes have zone=a, 1 node has zone=b, 1 node has zone=c, 2 nodes have other values): "
                + "correct the [NodeAffinity] or label a node."));

    [Fact]
    public Task An_affinity_the_scheduler_cannot_parse_refuses_every_node_and_says_why()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeAffinity("disktype", "ssd")]
            [NodeAffinity("cores", "four", Operator = AffinityOperator.Gt)]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", "kind: Node\nmetadata:\n  name: n\n  labels: { disktype: ssd, cores: \"8\" }\n")],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. To fix it: "
                + "the required node affinity cores Gt four matches no node, because Gt compares integers, and 'four' is none: correct the [NodeAffinity]."));

    [Fact]
    public Task A_pod_that_one_node_accepts_with_every_operator_a_spread_and_every_resource_gets_nothing()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = 3)]
            [Container("nginx:1")]
            [Resources(CpuRequest = "1", MemoryRequest = "1Gi", EphemeralStorageRequest = "10Gi")]
            [NodeSelector("disktype", "ssd")]
            [NodeAffinity("topology.kubernetes.io/zone", "kr-central-1a", "kr-central-1b")]
            [NodeAffinity("pool", "batch", Operator = AffinityOperator.NotIn)]
            [NodeAffinity("gpu", Operator = AffinityOperator.DoesNotExist)]
            [NodeAffinity("kubernetes.io/hostname", Operator = AffinityOperator.Exists)]
            [NodeAffinity("cores", "4", Operator = AffinityOperator.Gt)]
            [NodeAffinity("cores", "64", Operator = AffinityOperator.Lt)]
            [SpreadAcross("topology.kubernetes.io/zone")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata:
                    name: fits
                    labels: { disktype: ssd, topology.kubernetes.io/zone: kr-central-1b, kubernetes.io/hostname: fits, cores: "16" }
                  status: { allocatable: { cpu: "16", memory: 64Gi, ephemeral-storage: "94580335255" } }
                - kind: Node
                  metadata: { name: gpu, labels: { disktype: ssd, topology.kubernetes.io/zone: kr-central-1a, kubernetes.io/hostname: gpu, cores: "16", gpu: a100 } }
                """)]);

    [Fact]
    public Task Preferred_affinity_and_a_ScheduleAnyway_spread_never_refuse_a_node()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1")]
            [NodeAffinity("disktype", "ssd", Preferred = true, Weight = 100)]
            [NodeAffinity("cores", "64", Operator = AffinityOperator.Gt, Preferred = true)]
            [SpreadAcross("topology.kubernetes.io/zone", WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway)]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", "kind: Node\nmetadata:\n  name: plain\n  labels: { disktype: hdd }\n")]);

    [Fact]
    public Task Ephemeral_storage_counts_init_containers_as_Kubernetes_does_and_a_limit_alone_is_the_request()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Fits
            {
                [Container("api:1")] [Resources(EphemeralStorageRequest = "20Gi")] public partial class Api { }
                [Container("proxy:1")] [Resources(EphemeralStorageRequest = "20Gi")] public partial class Proxy { }
                [InitContainer("migrate:1")] [Resources(EphemeralStorageRequest = "80Gi")] public partial class Migrate { }
            }

            [{|#0:Deployment|}]
            public partial class TooBig
            {
                [Container("api:1")] [Resources(EphemeralStorageRequest = "40Gi")] public partial class Api { }
                [Container("proxy:1")] [Resources(EphemeralStorageLimit = "50Gi")] public partial class Proxy { }
                [InitContainer("migrate:1")] [Resources(EphemeralStorageRequest = "60Gi")] public partial class Migrate { }
            }
            """,
            [("/0/nodes.yaml", "kind: Node\nmetadata:\n  name: n\nstatus:\n  allocatable:\n    ephemeral-storage: \"94580335255\"\n")],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/1 nodes are available: 1 Insufficient ephemeral-storage. "
                + "To fix it: the pod requests 90Gi of ephemeral storage but 1 node can allocate at most 88.1Gi: lower the ephemeral-storage requests."));

    [Fact]
    public Task Every_short_resource_is_a_reason_sorted_by_name_and_advised_in_the_schedulers_order()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [Resources(CpuRequest = "8", MemoryRequest = "64Gi", EphemeralStorageRequest = "200Gi")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", "kind: Node\nmetadata:\n  name: n\nstatus:\n  allocatable: { cpu: \"4\", memory: 16Gi, ephemeral-storage: \"94580335255\" }\n")],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient ephemeral-storage, 1 Insufficient memory. To fix it: "
                + "the pod requests 8 cpu but 1 node can allocate at most 4: lower the cpu requests; "
                + "the pod requests 65536Mi of memory but 1 node can allocate at most 16384Mi: lower the memory requests; "
                + "the pod requests 200Gi of ephemeral storage but 1 node can allocate at most 88.1Gi: lower the ephemeral-storage requests."));

    [Fact]
    public Task A_DoNotSchedule_spread_over_a_label_the_nodes_lack_says_which()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment(Replicas = 3)|}]
            [Container("nginx:1")]
            [SpreadAcross("topology.kubernetes.io/zone")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata: { name: lb, labels: { topology.kubernetes.io/zone: a } }
                  spec: { taints: [ { key: role/lb, value: "true", effect: NoSchedule } ] }
                - { kind: Node, metadata: { name: w1 } }
                - { kind: Node, metadata: { name: w2 } }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/3 nodes are available: 1 node(s) had untolerated taint {role/lb: true}, 2 node(s) didn't match pod topology spread constraints (missing required label). "
                + $"To fix it: to use the 1 node tainted {{role/lb: true}}, add {LbToleration}; "
                + "2 nodes the pod could otherwise use have no label topology.kubernetes.io/zone to spread across: label them, "
                + "or set WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway on [SpreadAcross(\"topology.kubernetes.io/zone\")]."));

    [Fact]
    public Task Every_plugin_refusing_some_node_gives_one_sentence_sorted_as_the_scheduler_sorts_and_advice_in_plugin_order()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [Resources(CpuRequest = "2")]
            [NodeSelector("disktype", "ssd")]
            [SpreadAcross("topology.kubernetes.io/zone")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - { kind: Node, metadata: { name: cordoned, labels: { disktype: ssd } }, spec: { unschedulable: true } }
                - kind: Node
                  metadata: { name: gpu, labels: { disktype: ssd } }
                  spec: { taints: [ { key: dedicated, value: gpu, effect: NoSchedule } ] }
                - { kind: Node, metadata: { name: hdd, labels: { disktype: hdd } } }
                - { kind: Node, metadata: { name: small, labels: { disktype: ssd, topology.kubernetes.io/zone: a } }, status: { allocatable: { cpu: "1" } } }
                - { kind: Node, metadata: { name: unzoned-1, labels: { disktype: ssd } }, status: { allocatable: { cpu: "4" } } }
                - { kind: Node, metadata: { name: unzoned-2, labels: { disktype: ssd } }, status: { allocatable: { cpu: "4" } } }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/6 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: gpu}, "
                + "1 node(s) were unschedulable, 2 node(s) didn't match pod topology spread constraints (missing required label). To fix it: "
                + "to use the 1 node tainted {dedicated: gpu}, add [Toleration(\"dedicated\", Value = \"gpu\", Effect = TaintEffect.NoSchedule)]; "
                + "1 node is cordoned: 'kubectl uncordon' it when ready; "
                + "the node selector disktype=ssd excludes 1 node of the 4 nodes the pod tolerates (1 node has disktype=hdd): correct the [NodeSelector] or label a node; "
                + "the pod requests 2 cpu but 1 node can allocate at most 1: lower the cpu requests; "
                + "2 nodes the pod could otherwise use have no label topology.kubernetes.io/zone to spread across: label them, "
                + "or set WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway on [SpreadAcross(\"topology.kubernetes.io/zone\")]."));

    [Fact]
    public Task The_code_fix_still_tolerates_the_role_taint_when_affinity_refuses_the_other_nodes()
        => VerifyCodeFixAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [NodeAffinity("disktype", "ssd")]
            [SpreadAcross("topology.kubernetes.io/zone")]
            public partial class Web { }
            """, $$"""
            using Manifests;
            [Deployment]
            {{LbToleration}}
            [Container("nginx:1")]
            [NodeAffinity("disktype", "ssd")]
            [SpreadAcross("topology.kubernetes.io/zone")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata: { name: lb, labels: { disktype: ssd, topology.kubernetes.io/zone: a } }
                  spec: { taints: [ { key: role/lb, value: "true", effect: NoSchedule } ] }
                - { kind: Node, metadata: { name: w, labels: { disktype: hdd, topology.kubernetes.io/zone: b } } }
                """)],
            codeActionIndex: 0,
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {role/lb: true}. "
                + $"To fix it: to use the 1 node tainted {{role/lb: true}}, add {LbToleration}; "
                + "no node the pod tolerates matches the required node affinity disktype In (ssd) (1 node has disktype=hdd): correct the [NodeAffinity] or label a node."));
}
