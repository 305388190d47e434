using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.BestPractice;

/// <summary>KM504 (may run as root) and KM506 (privilege escalation allowed): what the container's and the pod's security contexts say.</summary>
public class SecurityContextTests
{
    private static readonly string[] Root = ["KM504"];
    private static readonly string[] Escalation = ["KM506"];

    [Fact]
    public Task A_container_without_a_security_context_may_run_as_root_and_escalate()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment] [{|#0:Container("idock.daumkakao.io/shop/frontend:1.4.2")|}] public partial class Frontend { }
            """) { Only = [.. Root, .. Escalation] }.RunAsync(
            Diagnostic("KM504").WithLocation(0).WithMessage(
                "Container 'frontend' of 'frontend' may run as root: neither it nor its pod sets RunAsNonRoot = true or a non-root RunAsUser, so it " +
                "runs as the image's user, root for most images, and a process that breaks out of it is root on the node; " +
                "add [SecurityContext(RunAsNonRoot = true)] (with a RunAsUser when the image names no numeric user)"),
            Diagnostic("KM506").WithLocation(0).WithMessage(
                "Container 'frontend' of 'frontend' allows privilege escalation: without AllowPrivilegeEscalation = false a process in it can gain " +
                "more privileges than its parent (setuid binaries, file capabilities); add [SecurityContext(AllowPrivilegeEscalation = false)]"));

    [Fact]
    public Task With_a_security_context_the_squiggle_is_on_it()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [{|KM504:{|KM506:SecurityContext(ReadOnlyRootFilesystem = true)|}|}]
            public partial class Frontend { }
            """) { Only = [.. Root, .. Escalation] }.RunAsync();

    [Fact]
    public Task RunAsNonRoot_on_the_pod_covers_every_container()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [PodSecurityContext(RunAsNonRoot = true)]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] public partial class Api { }
                [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")] public partial class Migrate { }
            }
            """) { Only = Root }.RunAsync();

    [Fact]
    public Task A_non_root_user_ID_is_enough_and_the_containers_setting_wins_over_the_pods()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [PodSecurityContext(RunAsUser = 0)]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [SecurityContext(RunAsUser = 1654)]
                public partial class Api { }

                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")]
                public partial class LogShipper { }
            }
            """) { Only = Root }.RunAsync(
            // The pod's RunAsUser = 0 reaches the sidecar, which sets none of its own: reported at the pod's 0.
            Diagnostic("KM504").WithSpan(3, 33, 3, 34).WithMessage(
                "Container 'log-shipper' of 'backend' runs as root (RunAsUser = 0): a process that breaks out of it is root on the node; " +
                "run it as a non-root user ID, or write RunAsNonRoot = false beside it to say root is on purpose"));

    [Fact]
    public Task RunAsUser_0_with_RunAsNonRoot_never_starts()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [SecurityContext(RunAsNonRoot = true, RunAsUser = {|#0:0|})]
            public partial class Frontend { }
            """) { Only = Root }.RunAsync(
            Diagnostic("KM504").WithLocation(0).WithMessage(
                "Container 'frontend' of 'frontend' runs as RunAsUser = 0 with RunAsNonRoot = true: the kubelet refuses to start it " +
                "(CreateContainerConfigError); give it a non-root RunAsUser"));

    [Fact]
    public Task RunAsNonRoot_false_says_root_is_on_purpose()
        => new BestPracticeTest("""
            using Manifests;
            [StatefulSet]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [SecurityContext(RunAsNonRoot = false, RunAsUser = 0, AllowPrivilegeEscalation = true)]
            public partial class Database { }
            """) { Only = [.. Root, .. Escalation] }.RunAsync();

    [Fact]
    public Task A_privileged_container_is_reported_at_Privileged()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/infra/node-agent:1.0.0")]
            [SecurityContext(RunAsNonRoot = true, Privileged = {|#0:true|})]
            public partial class NodeAgent { }
            """) { Only = Escalation }.RunAsync(
            Diagnostic("KM506").WithLocation(0).WithMessage(
                "Container 'node-agent' of 'node-agent' runs privileged (Privileged = true): it holds every capability of the node and can always escalate; " +
                "remove Privileged and add only the capabilities it needs (AddCapabilities)"));

    [Fact]
    public Task Every_container_is_judged_init_containers_too()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [PodSecurityContext(RunAsNonRoot = true)]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [SecurityContext(AllowPrivilegeEscalation = false)]
                public partial class Api { }

                [{|KM506:InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")|}]
                public partial class Migrate { }
            }
            """) { Only = [.. Root, .. Escalation] }.RunAsync();
}
