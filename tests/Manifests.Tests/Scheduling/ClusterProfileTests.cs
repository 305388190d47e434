using Manifests.Generators.Domain.Scheduling;
using static Manifests.Tests.Scheduling.SchedulingVerifier;

namespace Manifests.Tests.Scheduling;

/// <summary>Reading the cluster profile in every shape kubectl prints it, and refusing what is not one, with a line.</summary>
public class ClusterProfileTests
{
    private const string Frontend = """
        using Manifests;
        [{|#0:Deployment|}] [Container("nginx:1")] public partial class Frontend { }
        """;

    private const string LbNode = """
        apiVersion: v1
        kind: Node
        metadata:
          name: lb-1
        spec:
          taints:
          - key: role/lb
            value: "true"
            effect: NoSchedule
        """;

    [Fact]
    public void The_seed_cluster_list_reads_as_four_nodes_with_their_taints_in_order()
    {
        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", SeedCluster);
        Assert.Empty(problems);
        Assert.Equal(["dkos-lb-01", "dkos-master-01", "dkos-worker-01", "dkos-worker-02"], nodes.Select(n => n.Name));
        Assert.Equal(new NodeTaint("node-role.dkosv3.9rum.cc/lb", "true", "NoSchedule"), Assert.Single(nodes[0].Taints));
        Assert.Equal(new NodeTaint("node-role.kubernetes.io/master", "", "NoSchedule"), Assert.Single(nodes[1].Taints));
        Assert.Equal(["NoExecute", "NoSchedule"], nodes[2].Taints.Select(t => t.Effect));
        Assert.Equal(4, nodes[0].AllocatableCpu);
        Assert.Equal(16265048d * 1024, nodes[0].AllocatableMemory);
        Assert.Equal(94580335255d, nodes[0].AllocatableEphemeralStorage);
        Assert.Equal("true", nodes[0].Labels["node-role.dkosv3.9rum.cc/lb"]);
    }

    [Fact]
    public void Json_output_reads_the_same()
    {
        const string json = """
            {
                "apiVersion": "v1",
                "items": [
                    {
                        "apiVersion": "v1",
                        "kind": "Node",
                        "metadata": { "labels": { "disktype": "ssd" }, "name": "worker-1" },
                        "spec": { "taints": [ { "effect": "NoSchedule", "key": "gpu", "value": "a100" } ], "unschedulable": true },
                        "status": { "allocatable": { "cpu": "3800m", "memory": "15Gi" } }
                    }
                ],
                "kind": "List",
                "metadata": { "resourceVersion": "" }
            }
            """;
        var (nodes, problems) = ClusterProfileReader.Read("nodes.json", json);
        Assert.Empty(problems);
        var node = Assert.Single(nodes);
        Assert.Equal(("worker-1", true, 15d * 1024 * 1024 * 1024), (node.Name, node.Unschedulable, node.AllocatableMemory!.Value));
        Assert.Equal(3.8, node.AllocatableCpu!.Value, 9);
        Assert.Equal(new NodeTaint("gpu", "a100", "NoSchedule"), Assert.Single(node.Taints));
        Assert.Equal("ssd", node.Labels["disktype"]);
    }

    [Fact]
    public void Ephemeral_storage_is_read_from_allocatable_or_else_capacity_and_left_unknown_when_neither_has_it()
    {
        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", """
            kind: List
            items:
            - kind: Node
              metadata: { name: allocatable }
              status:
                allocatable: { cpu: "4", ephemeral-storage: "94580335255" }
                capacity: { ephemeral-storage: 102626232Ki }
            - kind: Node
              metadata: { name: capacity-only }
              status: { capacity: { ephemeral-storage: 100Gi } }
            - kind: Node
              metadata: { name: unknown }
              status: { allocatable: { cpu: "4", ephemeral-storage: lots } }
            """);
        Assert.Empty(problems);
        Assert.Equal<double?>([94580335255d, 100d * 1024 * 1024 * 1024, null], nodes.Select(n => n.AllocatableEphemeralStorage));
    }

    [Fact]
    public void A_single_node_and_several_documents_read_too()
    {
        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", LbNode + "\n---\n" + LbNode.Replace("lb-1", "lb-2") + "\n---\n");
        Assert.Empty(problems);
        Assert.Equal(["lb-1", "lb-2"], nodes.Select(n => n.Name));
    }

    [Theory]
    [InlineData("items:\n- kind: Node\n  metadata:\n    name: [unclosed\n", 4, "it is not valid YAML or JSON")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n", 0, "a 'Pod' is not a Node")]
    [InlineData("kind: List\nitems:\n- kind: Node\n  metadata: {}\n", 2, "this Node has no metadata.name")]
    [InlineData("kind: Node\nmetadata:\n  name: a\nspec:\n  taints:\n  - key: x\n    effect: Sometimes\n", 5, "taint 'x' of node 'a' has effect 'Sometimes'")]
    [InlineData("kind: Node\nmetadata:\n  name: a\nspec:\n  taints:\n  - effect: NoSchedule\n", 5, "a taint of node 'a' has no key")]
    [InlineData("", 0, "it contains no Node")]
    [InlineData("just text", 0, "expected a Node or a List of Nodes")]
    public void A_broken_file_gives_a_problem_at_its_line_and_never_throws(string text, int line, string message)
    {
        var (_, problems) = ClusterProfileReader.Read("nodes.yaml", text);
        var problem = Assert.Single(problems);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task A_broken_profile_is_reported_in_that_file()
        => VerifyAsync(Frontend.Replace("{|#0:", "").Replace("|}", ""),
            [("/0/cluster/nodes.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n")],
            Diagnostic("KM303").WithSpan("/0/cluster/nodes.yaml", 1, 1, 1, 15)
                .WithMessage("Cluster profile 'nodes.yaml' cannot be used: a 'Pod' is not a Node: the cluster profile holds only Nodes ('kubectl get nodes -o yaml')"));

    [Fact]
    public Task Several_profile_files_are_one_cluster()
        => VerifyAsync(Frontend,
            [("/0/cluster/lb.yaml", LbNode), ("/0/cluster/master.yaml", LbNode.Replace("lb-1", "master-1").Replace("role/lb", "node-role.kubernetes.io/control-plane").Replace("\"true\"", "\"\""))],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/2 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) had untolerated taint {role/lb: true}. "
                + "To fix it: to use the 1 node tainted {role/lb: true}, add [Toleration(\"role/lb\", Value = \"true\", Effect = TaintEffect.NoSchedule)]; "
                + "node-role.kubernetes.io/control-plane keeps workloads off the control plane (1 node): do not tolerate it."));

    [Fact]
    public Task Node_selector_and_resource_refusals_read_as_the_scheduler_writes_them()
        => VerifyAsync("""
            using Manifests;
            [{|#0:Deployment|}]
            [Container("nginx:1")]
            [Resources(CpuRequest = "6", MemoryRequest = "1Gi")]
            [NodeSelector("disktype", "ssd")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", """
                kind: List
                items:
                - kind: Node
                  metadata: { name: big, labels: { disktype: hdd } }
                  status: { allocatable: { cpu: "8", memory: 32Gi } }
                - kind: Node
                  metadata: { name: small, labels: { disktype: ssd } }
                  status: { allocatable: { cpu: "4", memory: 8Gi } }
                - kind: Node
                  metadata: { name: cordoned, labels: { disktype: ssd } }
                  spec: { unschedulable: true }
                """)],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/3 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) were unschedulable. "
                + "To fix it: 1 node is cordoned: 'kubectl uncordon' it when ready; "
                + "the node selector disktype=ssd excludes 1 node of the 2 nodes the pod tolerates (1 node has disktype=hdd): correct the [NodeSelector] or label a node; "
                + "the pod requests 6 cpu but 1 node can allocate at most 4: lower the cpu requests."));

    [Fact]
    public Task An_init_container_counts_with_its_own_request_not_added_to_the_others()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Fits
            {
                [Container("api:1")] [Resources(CpuRequest = "1500m")] public partial class Api { }
                [Container("proxy:1")] [Resources(CpuRequest = "1500m")] public partial class Proxy { }
                [InitContainer("migrate:1")] [Resources(CpuRequest = "2")] public partial class Migrate { }
            }

            [{|#0:Deployment|}]
            public partial class TooBig
            {
                [Container("api:1")] [Resources(CpuRequest = "500m")] public partial class Api { }
                [InitContainer("migrate:1")] [Resources(CpuRequest = "3500m")] public partial class Migrate { }
            }
            """,
            [("/0/nodes.yaml", "kind: Node\nmetadata:\n  name: n\nstatus:\n  allocatable:\n    cpu: \"3\"\n")],
            Diagnostic("KM301").WithLocation(0).WithMessage(
                "0/1 nodes are available: 1 Insufficient cpu. To fix it: the pod requests 3.5 cpu but 1 node can allocate at most 3: lower the cpu requests."));

    [Fact]
    public Task A_toleration_for_an_existing_key_with_another_value_says_so()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1")]
            [Toleration({|#0:"role/lb"|}, Value = "false")]
            [Toleration("node.kubernetes.io/not-ready", Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]
            [Toleration("")]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", LbNode + "\n---\nkind: Node\nmetadata:\n  name: plain\n")],
            Diagnostic("KM302").WithLocation(0).WithMessage("Toleration of 'role/lb' matches no taint on any node of the cluster: nodes carry 'role/lb' with the value 'true', not 'false', so set Value = \"true\""));

    [Fact]
    public Task A_toleration_for_an_existing_taint_with_another_effect_says_which_effect()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1")]
            [Toleration({|#0:"role/lb"|}, Value = "true", Effect = TaintEffect.NoExecute)]
            [Toleration({|#1:"role/lb"|}, Effect = TaintEffect.PreferNoSchedule)]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", LbNode + "\n---\nkind: Node\nmetadata:\n  name: plain\n")],
            Diagnostic("KM302").WithLocation(0).WithMessage("Toleration of 'role/lb' matches no taint on any node of the cluster: nodes carry 'role/lb' with the effect NoSchedule, not NoExecute, so set Effect = TaintEffect.NoSchedule"),
            Diagnostic("KM302").WithLocation(1).WithMessage("Toleration of 'role/lb' matches no taint on any node of the cluster: nodes carry 'role/lb' with the effect NoSchedule, not PreferNoSchedule, so set Effect = TaintEffect.NoSchedule"));

    [Fact]
    public Task A_toleration_for_an_existing_key_with_another_value_and_effect_names_both()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1")]
            [Toleration({|#0:"role/lb"|}, Value = "yes", Effect = TaintEffect.NoExecute)]
            public partial class Web { }
            """,
            [("/0/nodes.yaml", LbNode + "\n---\nkind: Node\nmetadata:\n  name: plain\n")],
            Diagnostic("KM302").WithLocation(0).WithMessage("Toleration of 'role/lb' matches no taint on any node of the cluster: nodes carry 'role/lb' with the value 'true' and the effect NoSchedule, so set Value = \"true\" and Effect = TaintEffect.NoSchedule"));
}
