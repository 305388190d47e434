using Manifests.CodeFixes.BestPractice;
using Manifests.Tests.Support;

namespace Manifests.Tests.BestPractice;

/// <summary>
/// KM504's and KM506's fix: each writes its own setting into the container's [SecurityContext]; together, one at a time
/// or as "fix all", they write <c>RunAsNonRoot = true, AllowPrivilegeEscalation = false</c>.
/// </summary>
public class SecurityContextCodeFixTests
{
    private static readonly string[] Rules = ["KM504", "KM506"];

    private static async Task FixAsync(string source, string fixedSource, string[]? only = null)
    {
        await new BestPracticeTest(source) { Only = only ?? Rules, CodeFix = new SecurityContextCodeFix(), FixedSource = fixedSource }.RunAsync();
        await AnalyzerVerifier.VerifyAsync(fixedSource);
    }

    [Fact]
    public Task Both_settings_go_into_a_new_attribute_beside_the_containers_others()
        => FixAsync(
            """
            using Manifests;

            [Deployment(Replicas = 3)]
            [{|KM504:{|KM506:Container("idock.daumkakao.io/shop/frontend:1.4.2")|}|}]
            [Port(8080, Name = "http")]
            [Resources(CpuRequest = "250m", MemoryRequest = "256Mi")]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }
            """,
            """
            using Manifests;

            [Deployment(Replicas = 3)]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Port(8080, Name = "http")]
            [Resources(CpuRequest = "250m", MemoryRequest = "256Mi")]
            [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }
            """);

    [Fact]
    public Task An_existing_attribute_is_extended_and_every_container_is_fixed()
        => FixAsync(
            """
            using Manifests;

            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [{|KM504:{|KM506:SecurityContext(ReadOnlyRootFilesystem = true)|}|}]
                public partial class Api { }

                [{|KM504:{|KM506:Container("idock.daumkakao.io/shop/log-shipper:1.2.0")|}|}] [Resources(MemoryRequest = "64Mi")] public partial class LogShipper { }

                [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                [{|KM504:{|KM506:SecurityContext|}|}]
                public partial class Migrate { }
            }
            """,
            """
            using Manifests;

            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [SecurityContext(ReadOnlyRootFilesystem = true, RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
                public partial class Api { }

                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] [Resources(MemoryRequest = "64Mi")] [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)] public partial class LogShipper { }

                [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
                public partial class Migrate { }
            }
            """);

    [Fact]
    public Task With_the_root_rule_silenced_the_fix_never_writes_RunAsNonRoot()
        => FixAsync(
            """
            using Manifests;

            [Deployment]
            [{|KM506:Container("idock.daumkakao.io/shop/db:15.4")|}]
            public partial class Database { }
            """,
            """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [SecurityContext(AllowPrivilegeEscalation = false)]
            public partial class Database { }
            """,
            only: ["KM506"]);

    [Fact]
    public Task The_pods_RunAsNonRoot_leaves_only_escalation_to_fix()
        => FixAsync(
            """
            using Manifests;

            [Manifests.Deployment]
            [PodSecurityContext(RunAsNonRoot = true)]
            [{|KM506:Manifests.Container("idock.daumkakao.io/shop/frontend:1.4.2")|}]
            public partial class Frontend { }
            """,
            """
            using Manifests;

            [Manifests.Deployment]
            [PodSecurityContext(RunAsNonRoot = true)]
            [Manifests.Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Manifests.SecurityContext(AllowPrivilegeEscalation = false)]
            public partial class Frontend { }
            """);

    [Fact]
    public Task No_fix_for_root_said_out_loud_or_a_privileged_container()
    {
        const string source = """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/infra/node-agent:1.0.0")]
            [SecurityContext(RunAsUser = {|KM504:0|}, Privileged = {|KM506:true|})]
            public partial class NodeAgent { }
            """;
        return new BestPracticeTest(source) { Only = Rules, CodeFix = new SecurityContextCodeFix(), FixedSource = source }.RunAsync();
    }
}
