using System.Globalization;
using System.Text;

namespace Manifests.Benchmarks.Workloads;

/// <summary>
/// What the analyzers know of the world, at a realistic size: a cluster profile of 50 nodes as
/// <c>kubectl get nodes -o yaml</c> prints it, and an image catalog of 5,000 lines.
/// </summary>
internal static class WorldFiles
{
    public const string ClusterProfilePath = "/bench/cluster/nodes.yaml";
    public const string ImageCatalogPath = "/bench/registry/images.txt";

    public const int NodeCount = 50;
    public const int CatalogLines = 5_000;

    /// <summary>
    /// 50 nodes: 2 control-plane nodes (tainted, as kubeadm taints them), 10 nodes dedicated to apps (tainted with the
    /// taint every workload tolerates) and 38 plain workers, each with the labels, capacity and status kubectl shows.
    /// </summary>
    public static string ClusterProfile()
    {
        var yaml = new StringBuilder("apiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: \"\"\nitems:\n");
        for (var i = 0; i < NodeCount; i++)
        {
            var (name, taint, role) = i switch
            {
                < 2 => ($"cp-{i}", "  - effect: NoSchedule\n    key: node-role.kubernetes.io/control-plane\n", "control-plane"),
                < 12 => ($"apps-{i}", $"  - effect: NoSchedule\n    key: {WorkloadSources.TaintKey}\n    value: {WorkloadSources.TaintValue}\n", "apps"),
                _ => ($"worker-{i}", null, "worker"),
            };
            var n = i.ToString(CultureInfo.InvariantCulture);
            yaml.Append($$"""
                - apiVersion: v1
                  kind: Node
                  metadata:
                    annotations:
                      node.alpha.kubernetes.io/ttl: "0"
                      volumes.kubernetes.io/controller-managed-attach-detach: "true"
                    creationTimestamp: "2025-01-0{{i % 9 + 1}}T02:14:55Z"
                    labels:
                      beta.kubernetes.io/arch: amd64
                      beta.kubernetes.io/os: linux
                      kubernetes.io/arch: amd64
                      kubernetes.io/hostname: {{name}}
                      kubernetes.io/os: linux
                      node-role.kubernetes.io/{{role}}: ""
                      topology.kubernetes.io/zone: zone-{{i % 3}}
                    name: {{name}}
                    resourceVersion: "4821{{n}}"
                    uid: 5b0c6d7e-2646-4a1f-9c7e-2f3a1b2c{{i:D4}}
                  spec:
                    podCIDR: 10.244.{{n}}.0/24
                    podCIDRs:
                    - 10.244.{{n}}.0/24

                """);
            if (taint is not null)
            {
                yaml.Append("    taints:\n").Append(Indent(taint, "  "));
            }
            yaml.Append($$"""
                  status:
                    addresses:
                    - address: 10.61.46.{{n}}
                      type: InternalIP
                    - address: {{name}}
                      type: Hostname
                    allocatable:
                      cpu: "8"
                      ephemeral-storage: "94580335255"
                      hugepages-2Mi: "0"
                      memory: 32779748Ki
                      pods: "110"
                    capacity:
                      cpu: "8"
                      ephemeral-storage: 102626232Ki
                      hugepages-2Mi: "0"
                      memory: 32882148Ki
                      pods: "110"
                    conditions:
                    - lastHeartbeatTime: "2025-06-01T10:00:00Z"
                      lastTransitionTime: "2025-01-01T02:15:25Z"
                      message: kubelet is posting ready status
                      reason: KubeletReady
                      status: "True"
                      type: Ready
                    nodeInfo:
                      architecture: amd64
                      containerRuntimeVersion: containerd://1.7.22
                      kernelVersion: 6.1.0-28-amd64
                      kubeProxyVersion: v1.31.4
                      kubeletVersion: v1.31.4
                      operatingSystem: linux
                      osImage: Debian GNU/Linux 12 (bookworm)

                """);
        }
        return yaml.ToString();
    }

    /// <summary>
    /// 5,000 lines: the platform's sidecar and migration images, then repositories <c>registry.example.com/team/app-i</c>
    /// (2,499 of them, more than the largest project has services), each with tags 0.9.0 and 1.0.0.
    /// </summary>
    public static string ImageCatalog()
    {
        var text = new StringBuilder("# Images the team's registry holds, one reference a line.\n")
            .Append(WorkloadSources.LogShipperImage).Append('\n')
            .Append(WorkloadSources.MigrateImage).Append('\n');
        for (var line = 0; line < CatalogLines - 2; line++)
        {
            var repository = (line / 2).ToString(CultureInfo.InvariantCulture);
            text.Append("registry.example.com/team/app-").Append(repository).Append(line % 2 == 0 ? ":0.9.0\n" : ":1.0.0\n");
        }
        return text.ToString();
    }

    private static string Indent(string text, string indent)
        => string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => indent + line)) + "\n";
}
