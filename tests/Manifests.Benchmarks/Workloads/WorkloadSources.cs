using System.Globalization;

namespace Manifests.Benchmarks.Workloads;

/// <summary>
/// The C# a team with <c>count</c> services would write: one file per workload, each a Deployment with one container
/// (image <c>registry.example.com/team/app-i:1.0.0</c>), 2 replicas, one port, cpu and memory requests and limits,
/// one toleration, a label and a ClusterIP Service; plus the assembly defaults and one file unrelated to Kubernetes.
/// The cdk8s script (cdk8s/synth.js) builds exactly the same objects.
/// </summary>
internal static class WorkloadSources
{
    public const string DefaultsPath = "Defaults.cs";
    public const string UnrelatedPath = "Unrelated.cs";

    /// <summary>The taint every workload tolerates; <see cref="WorldFiles.ClusterProfile"/> puts it on some nodes.</summary>
    public const string TaintKey = "dedicated";
    public const string TaintValue = "apps";

    public static string PathOf(int index) => $"Workloads/App{index.ToString(CultureInfo.InvariantCulture)}.cs";

    /// <summary>The workload file of <paramref name="index"/>; <paramref name="replicas"/> is the attribute the edit benchmarks change.</summary>
    public static string Workload(int index, int replicas = 2)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        return $$"""
            using Manifests;

            namespace Bench.Apps;

            /// <summary>Service number {{i}}.</summary>
            [Deployment(Name = "app-{{i}}", Replicas = {{replicas.ToString(CultureInfo.InvariantCulture)}})]
            [Container("registry.example.com/team/app-{{i}}:1.0.0")]
            [Port(8080, Name = "http")]
            [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "500m", MemoryLimit = "256Mi")]
            [Toleration("{{TaintKey}}", Value = "{{TaintValue}}", Effect = TaintEffect.NoSchedule)]
            [Label("tier", "backend")]
            [Service(Port = 80, TargetPort = "http")]
            public partial class App{{i}}
            {
                public int Handle(int request) => request + {{i}};
            }
            """;
    }

    public static string Defaults => """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "bench", PartOf = "bench")]
        """;

    /// <summary>A file with nothing to do with Kubernetes; the unrelated-edit benchmarks change <paramref name="value"/>.</summary>
    public static string Unrelated(int value) => $$"""
        namespace Bench;

        public static class Clock
        {
            public static int Ticks(int start) => start + {{value.ToString(CultureInfo.InvariantCulture)}};
        }
        """;
}
