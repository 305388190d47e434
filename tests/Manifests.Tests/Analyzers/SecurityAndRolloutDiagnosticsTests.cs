using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// Security contexts (KM125), the names a pod refers to by text (KM101: pull secrets, service account, priority class),
/// and how a workload replaces and stops its pods (KM126, and KM117 for a setting of the other kind of workload).
/// </summary>
public class SecurityAndRolloutDiagnosticsTests
{
    [Fact]
    public Task Hardened_containers_and_ordinary_settings_are_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment(MinReadySeconds = 10, RevisionHistoryLimit = 0, ProgressDeadlineSeconds = 11, TerminationGracePeriodSeconds = 0, PriorityClassName = "shop-critical")]
            [Container("nginx:1.27")]
            [SecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 0, AllowPrivilegeEscalation = false, AddCapabilities = new[] { "NET_BIND_SERVICE" }, DropCapabilities = new[] { "ALL" })]
            [PodSecurityContext(RunAsUser = 0, FsGroup = 2147483647, SupplementalGroups = new long[] { 0, 3000 })]
            [ImagePullSecret("idock-pull")] [ServiceAccount("web")]
            [RollingUpdate(MaxSurge = "0", MaxUnavailable = "100%")]
            public partial class Web { }

            [Deployment] [Recreate] [Container("nginx:1.27")] [SecurityContext(Privileged = true, RunAsNonRoot = false, RunAsUser = 0)] public partial class Admin { }

            [StatefulSet(RevisionHistoryLimit = 2)] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] [RollingUpdate(Partition = 1, MaxUnavailable = "1")] public partial class Db { }
            """);

    [Fact]
    public Task Root_where_root_is_forbidden_is_reported_at_the_user_whichever_context_sets_them()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [SecurityContext(RunAsNonRoot = true, RunAsUser = {|#0:0|})] public partial class Web { }
            [Deployment] [Container("nginx:1.27")] [SecurityContext(RunAsNonRoot = true)] [PodSecurityContext(RunAsUser = {|#1:0|})] public partial class Api { }
            [Deployment] [Container("nginx:1.27")] [SecurityContext(RunAsUser = 1000)] [PodSecurityContext(RunAsNonRoot = true, RunAsUser = 0)] public partial class Worker { }
            """,
            Diagnostic("KM125").WithLocation(0).WithMessage(
                "Container 'web' must not run as root (RunAsNonRoot = true) but runs as user 0: the kubelet refuses to start it (CreateContainerConfigError), so set RunAsUser to a user ID other than 0, or remove RunAsNonRoot"),
            Diagnostic("KM125").WithLocation(1).WithMessage(
                "Container 'api' must not run as root (RunAsNonRoot = true) but runs as user 0: the kubelet refuses to start it (CreateContainerConfigError), so set RunAsUser to a user ID other than 0, or remove RunAsNonRoot"));

    [Fact]
    public Task A_privileged_container_that_may_not_escalate_is_reported_at_the_escalation()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [SecurityContext(Privileged = true, AllowPrivilegeEscalation = {|#0:false|})] public partial class Web { }
            [Deployment] [Container("nginx:1.27")] [SecurityContext(AddCapabilities = new[] { "CAP_SYS_ADMIN" }, AllowPrivilegeEscalation = {|#1:false|})] public partial class Api { }
            """,
            Diagnostic("KM125").WithLocation(0).WithMessage(
                "Container 'web' is privileged but sets AllowPrivilegeEscalation = false: Kubernetes rejects the pair (a privileged container can always escalate), so remove one of the two"),
            Diagnostic("KM125").WithLocation(1).WithMessage(
                "Container 'api' adds CAP_SYS_ADMIN but sets AllowPrivilegeEscalation = false: Kubernetes rejects the pair, so remove one of the two"));

    [Fact]
    public Task User_and_group_ids_out_of_range_are_reported_at_them()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [SecurityContext(RunAsUser = {|#0:-1|}, RunAsGroup = {|#1:2147483648|})]
            [PodSecurityContext(FsGroup = {|#2:-5|}, SupplementalGroups = {|#3:new long[] { 1, -2 }|})]
            public partial class Web { }
            """,
            Diagnostic("KM125").WithLocation(0).WithMessage("RunAsUser = -1 in [SecurityContext] of container 'web' is invalid: must be between 0 and 2147483647, inclusive"),
            Diagnostic("KM125").WithLocation(1).WithMessage("RunAsGroup = 2147483648 in [SecurityContext] of container 'web' is invalid: must be between 0 and 2147483647, inclusive"),
            Diagnostic("KM125").WithLocation(2).WithMessage("FsGroup = -5 in [PodSecurityContext] is invalid: must be between 0 and 2147483647, inclusive"),
            Diagnostic("KM125").WithLocation(3).WithMessage("SupplementalGroups = -2 in [PodSecurityContext] is invalid: must be between 0 and 2147483647, inclusive"));

    [Fact]
    public Task Names_of_pull_secrets_service_accounts_and_priority_classes_are_km101()
        => VerifyAsync("""
            using Manifests;
            [Deployment(PriorityClassName = {|#0:"Shop Critical"|})] [Container("nginx:1.27")] [ImagePullSecret({|#1:"idock_pull"|})] [ServiceAccount({|#2:""|})]
            public partial class Web { }
            """,
            Diagnostic("KM101").WithLocation(0).WithMessage("PriorityClass name 'Shop Critical' is invalid: " + RuleText.Subdomain),
            Diagnostic("KM101").WithLocation(1).WithMessage("Secret name 'idock_pull' is invalid: " + RuleText.Subdomain),
            Diagnostic("KM101").WithLocation(2).WithMessage("ServiceAccount name '' is invalid: a name must not be empty"));

    [Theory]
    [InlineData("MaxSurge", "-1")]
    [InlineData("MaxSurge", "25 %")]
    [InlineData("MaxUnavailable", "one")]
    [InlineData("MaxUnavailable", "1.5")]
    public Task A_bound_that_is_neither_a_count_nor_a_percentage_is_reported_at_it(string property, string value)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [RollingUpdate({{property}} = {|#0:"{{value}}"|})] public partial class Web { }
            """,
            Diagnostic("KM126").WithLocation(0).WithMessage($"{property} '{value}' is invalid: write a number of pods of 0 or more (\"1\") or a percentage (\"25%\")"));

    [Fact]
    public Task Rolling_update_bounds_kubernetes_rejects()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [RollingUpdate(MaxUnavailable = {|#0:"101%"|})] public partial class Web { }
            [Deployment] [Container("nginx:1.27")] [RollingUpdate(MaxSurge = "0%", MaxUnavailable = {|#1:"0"|})] public partial class Api { }
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] [RollingUpdate(MaxUnavailable = {|#2:"0%"|}, Partition = {|#3:-1|})] public partial class Db { }
            """,
            Diagnostic("KM126").WithLocation(0).WithMessage("MaxUnavailable '101%' is invalid: must not be greater than 100%"),
            Diagnostic("KM126").WithLocation(1).WithMessage(
                "MaxSurge and MaxUnavailable are both 0, so a rollout could neither add a pod nor take one away: Kubernetes rejects this, so allow MaxSurge = \"1\" or MaxUnavailable = \"1\""),
            Diagnostic("KM126").WithLocation(2).WithMessage("MaxUnavailable '0%' of a StatefulSet is invalid: must be greater than 0, so write \"1\" (one pod at a time) or more"),
            Diagnostic("KM126").WithLocation(3).WithMessage("Partition is -1: it must be 0 or more"));

    [Fact]
    public Task A_zero_bound_beside_an_unset_one_is_fine_the_unset_one_is_25_percent()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [RollingUpdate(MaxUnavailable = "0")] public partial class Web { }
            """);

    [Fact]
    public Task Settings_of_the_other_kind_of_workload_are_km117()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [RollingUpdate(Partition = {|#0:1|})] public partial class Web { }
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] [RollingUpdate(MaxSurge = {|#1:"1"|})] public partial class Db { }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage("Partition has no effect on [RollingUpdate] of a Deployment; a partition holds back a StatefulSet's pods with lower ordinals: remove Partition"),
            Diagnostic("KM117").WithLocation(1).WithMessage("MaxSurge has no effect on [RollingUpdate] of a StatefulSet, which never runs more pods than its replicas: remove MaxSurge"));

    [Theory]
    [InlineData("MinReadySeconds")]
    [InlineData("RevisionHistoryLimit")]
    [InlineData("ProgressDeadlineSeconds")]
    [InlineData("TerminationGracePeriodSeconds")]
    public Task A_negative_workload_setting_is_reported_at_it(string setting)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment({{setting}} = {|#0:-1|})] [Container("nginx:1.27")] public partial class Web { }
            """,
            Diagnostic("KM126").WithLocation(0).WithMessage($"{setting} is -1: it must be 0 or more"));

    [Fact]
    public Task The_progress_deadline_must_be_above_min_ready_seconds_written_or_defaulted()
        => VerifyAsync("""
            using Manifests;
            [Deployment(MinReadySeconds = 30, ProgressDeadlineSeconds = {|#0:30|})] [Container("nginx:1.27")] public partial class Web { }
            [Deployment(ProgressDeadlineSeconds = {|#1:0|})] [Container("nginx:1.27")] public partial class Api { }
            [Deployment(MinReadySeconds = {|#2:600|})] [Container("nginx:1.27")] public partial class Slow { }
            [StatefulSet(MinReadySeconds = 600)] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)] public partial class Db { }
            """,
            Diagnostic("KM126").WithLocation(0).WithMessage(
                "ProgressDeadlineSeconds (30) must be greater than MinReadySeconds (30): otherwise every rollout is reported as failed before a new pod can count as available, so raise ProgressDeadlineSeconds"),
            Diagnostic("KM126").WithLocation(1).WithMessage(
                "ProgressDeadlineSeconds (0) must be greater than MinReadySeconds (0): otherwise every rollout is reported as failed before a new pod can count as available, so raise ProgressDeadlineSeconds"),
            Diagnostic("KM126").WithLocation(2).WithMessage(
                "MinReadySeconds (600) must be less than the progress deadline, which is Kubernetes' default of 600 seconds: set ProgressDeadlineSeconds above 600, or lower MinReadySeconds"));
}
