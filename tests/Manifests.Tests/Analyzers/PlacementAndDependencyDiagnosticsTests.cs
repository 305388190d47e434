using Microsoft.CodeAnalysis;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// Node affinity, pod anti-affinity and topology spread (KM103, KM104, KM117, KM127), a Service in front of no running
/// pod (KM401, a Warning) and the workloads a class names by type (KM403: an Error for a class that is no workload, a
/// Warning for a dependency no Service reaches).
/// </summary>
public class PlacementAndDependencyDiagnosticsTests
{
    [Fact]
    public Task Every_operator_with_the_values_it_takes_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [NodeAffinity("disktype", "ssd", "nvme")]
            [NodeAffinity("pool", "batch", Operator = AffinityOperator.NotIn, Preferred = true, Weight = 100)]
            [NodeAffinity("gpu", Operator = AffinityOperator.Exists, Preferred = true)]
            [NodeAffinity("spot", Operator = AffinityOperator.DoesNotExist)]
            [NodeAffinity("cores", "4", Operator = AffinityOperator.Gt, Preferred = true, Weight = 1)]
            [NodeAffinity("generation", "10", Operator = AffinityOperator.Lt)]
            [PodAntiAffinity] [PodAntiAffinity(TopologyKey = "topology.kubernetes.io/zone", Preferred = true, Weight = 50)]
            [SpreadAcross("topology.kubernetes.io/zone")] [SpreadAcross("topology.kubernetes.io/zone", WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway)]
            [SpreadAcross("kubernetes.io/hostname", MaxSkew = 2)]
            public partial class Web { }
            """);

    [Fact]
    public Task Operators_with_the_wrong_number_of_values_are_reported_at_the_values()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [{|#0:NodeAffinity("disktype")|}]
            [NodeAffinity("gpu", {|#1:"true"|}, Operator = AffinityOperator.Exists)]
            [NodeAffinity("cores", {|#2:"4"|}, "8", Operator = AffinityOperator.Gt)]
            [NodeAffinity("cores", {|#3:"four"|}, Operator = AffinityOperator.Lt)]
            public partial class Web { }
            """,
            Diagnostic("KM127").WithLocation(0).WithMessage(
                "Node affinity on 'disktype' with operator In has no value to compare with: write the values after the key, [NodeAffinity(\"disktype\", \"value\")], or use AffinityOperator.Exists"),
            Diagnostic("KM127").WithLocation(1).WithMessage(
                "Node affinity on 'gpu' with operator Exists compares no values, and Kubernetes rejects them: remove the values, or use AffinityOperator.In"),
            Diagnostic("KM127").WithLocation(2).WithMessage(
                "Node affinity on 'cores' with operator Gt needs exactly one value, an integer, but has 2: keep one value"),
            Diagnostic("KM127").WithLocation(3).WithMessage(
                "Node affinity on 'cores' with operator Lt compares with 'four', which is not an integer, so the scheduler cannot place the pod: write a whole number such as \"4\""));

    [Fact]
    public Task Keys_and_values_are_node_label_keys_and_values()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [NodeAffinity({|#0:"disk type"|}, "ssd")] [NodeAffinity("disktype", "ssd", {|#1:"-nvme"|})]
            [PodAntiAffinity(TopologyKey = {|#2:"zone/"|})] [SpreadAcross({|#3:""|})]
            public partial class Web { }
            """,
            Diagnostic("KM103").WithLocation(0).WithMessage("Node affinity key 'disk type' is invalid: " + RuleText.NamePart),
            Diagnostic("KM104").WithLocation(1).WithMessage("Node affinity value '-nvme' of key 'disktype' is invalid: " + RuleText.LabelValue),
            Diagnostic("KM103").WithLocation(2).WithMessage("Topology key 'zone/' is invalid: name part must be non-empty"),
            Diagnostic("KM103").WithLocation(3).WithMessage("Topology key '' is invalid: name part must be non-empty"));

    [Fact]
    public Task A_value_is_located_whether_written_as_arguments_an_array_or_a_collection()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [NodeAffinity("a", "ok", "ok", {|#0:"-x"|})]
            [NodeAffinity("b", new[] { "ok", {|#1:"-y"|} })]
            [NodeAffinity("c", values: ["ok", {|#2:"-z"|}])]
            public partial class Web { }
            """,
            Diagnostic("KM104").WithLocation(0),
            Diagnostic("KM104").WithLocation(1),
            Diagnostic("KM104").WithLocation(2));

    [Fact]
    public Task Weights_are_1_to_100_and_only_on_preferences()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [NodeAffinity("pool", "web", Preferred = true, Weight = {|#0:0|})]
            [PodAntiAffinity(Preferred = true, Weight = {|#1:101|})]
            [NodeAffinity("disktype", "ssd", Weight = {|#2:10|})]
            public partial class Web { }
            """,
            Diagnostic("KM127").WithLocation(0).WithMessage("Weight 0 of [NodeAffinity] is out of range: a preference's weight must be between 1 and 100"),
            Diagnostic("KM127").WithLocation(1).WithMessage("Weight 101 of [PodAntiAffinity] is out of range: a preference's weight must be between 1 and 100"),
            Diagnostic("KM117").WithLocation(2).WithMessage("Weight has no effect on [NodeAffinity] that is required: only a preference has a weight, so set Preferred = true or remove Weight"));

    [Fact]
    public Task Spreads_need_a_skew_of_one_or_more_and_one_constraint_per_key()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [SpreadAcross("topology.kubernetes.io/zone", MaxSkew = {|#0:0|})] [SpreadAcross({|#1:"topology.kubernetes.io/zone"|}, MaxSkew = 2)]
            public partial class Web { }
            """,
            Diagnostic("KM127").WithLocation(0).WithMessage(
                "MaxSkew 0 of the spread across 'topology.kubernetes.io/zone' is invalid: must be greater than zero (1 keeps the domains within one pod of each other)"),
            Diagnostic("KM127").WithLocation(1).WithMessage(
                "The pods are spread across 'topology.kubernetes.io/zone' twice with UnsatisfiableSpread.DoNotSchedule: Kubernetes allows one spread per topology key and WhenUnsatisfiable, so remove one"));

    [Fact]
    public Task A_service_in_front_of_zero_replicas_is_a_warning_at_the_replicas()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = {|#0:0|})] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)] public partial class Web { }
            [Deployment(Replicas = 0)] [Container("nginx:1.27")] public partial class Paused { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Resources(CpuRequest = "100m")] [Service(Port = 80)] [Autoscale(Min = 2, Max = 4, CpuPercent = 70)] public partial class Scaled { }
            """,
            Diagnostic("KM401").WithLocation(0).WithMessage(
                "Service 'web' selects the pods of Deployment 'web', which runs 0 replicas, so the Service has no endpoints and every connection to it fails: raise Replicas, or remove [Service] while 'web' is scaled down"));

    [Fact]
    public Task A_dependency_on_a_workload_a_service_reaches_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [DependsOn(typeof(Db))] public partial class Web { }
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] public partial class Db { }
            """);

    [Fact]
    public Task A_dependency_on_a_class_that_is_no_workload_is_an_error()
        => VerifyAsync("""
            using Manifests;
            [ConfigMap] [Data("a", "b")] public partial class ShopConfig { }
            public class Helper { }
            [Deployment] [Container("nginx:1.27")] [DependsOn({|#0:typeof(ShopConfig)|})] [DependsOn({|#1:typeof(Helper)|})] public partial class Web { }
            """,
            Diagnostic("KM403").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[DependsOn] names 'ShopConfig', which is a ConfigMap, not a workload: a pod reads a ConfigMap through [Env], [EnvFrom] or [Volume], so use one of those instead"),
            Diagnostic("KM403").WithLocation(1).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[DependsOn] names 'Helper', which is not a workload: depend on a class marked [Deployment], [StatefulSet] or [ReplicaSet]"));

    [Fact]
    public Task A_dependency_no_service_reaches_is_a_warning()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [DependsOn({|#0:typeof(Worker)|})] public partial class Web { }
            [Deployment(Name = "jobs")] [Container("busybox:1.36")] public partial class Worker { }
            """,
            Diagnostic("KM403").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
                "'Web' depends on 'Worker', which no Service reaches, so its pods cannot find 'jobs' by name: add [Service(Port = ...)] to 'Worker'"));

    [Fact]
    public Task An_anti_affinity_to_a_class_that_is_no_workload_is_an_error()
        => VerifyAsync("""
            using Manifests;
            public class Helper { }
            [Deployment] [Container("nginx:1.27")] [PodAntiAffinity(Workload = {|#0:typeof(Helper)|})] [PodAntiAffinity(Workload = typeof(Db))] public partial class Web { }
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] public partial class Db { }
            """,
            Diagnostic("KM403").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[PodAntiAffinity] keeps the pods away from 'Helper', which is not a workload, so it matches no pod: name a workload class, or remove Workload to keep this workload's own pods apart"));
}
