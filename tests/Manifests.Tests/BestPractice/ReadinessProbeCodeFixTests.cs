using Manifests.CodeFixes.BestPractice;
using Manifests.Tests.Support;

namespace Manifests.Tests.BestPractice;

/// <summary>KM502's fix: a TCP readiness probe on the port the Service targets, by its name when it has one.</summary>
public class ReadinessProbeCodeFixTests
{
    private static readonly string[] Rule = ["KM502"];

    private static async Task FixAsync(string source, string fixedSource)
    {
        await new BestPracticeTest(source) { Only = Rule, CodeFix = new ReadinessProbeCodeFix(), FixedSource = fixedSource }.RunAsync();
        await AnalyzerVerifier.VerifyAsync(fixedSource);
    }

    [Fact]
    public Task The_probe_checks_the_named_port_the_Service_targets()
        => FixAsync(
            """
            using Manifests;

            [Deployment]
            [{|KM502:Container("idock.daumkakao.io/shop/frontend:1.4.2")|}]
            [Port(8080, Name = "http")]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }
            """,
            """
            using Manifests;

            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Port(8080, Name = "http")]
            [ReadinessProbe(TcpPort = "http")]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }
            """);

    [Fact]
    public Task An_unnamed_port_is_probed_by_number_and_every_workload_is_fixed()
        => FixAsync(
            """
            using Manifests;

            [ReplicaSet(Name = "db")]
            [{|KM502:Container("idock.daumkakao.io/shop/db:15.4")|}] [Port(5432)] [Service(Port = 5432)]
            public partial class Database { }

            [Deployment]
            [Service(Port = 8080, TargetPort = "api")]
            public partial class Backend
            {
                [{|KM502:Container("idock.daumkakao.io/shop/backend:2.0.1")|}]
                [Port(8080, Name = "api")]
                [LivenessProbe(Path = "/livez", Port = "api")]
                public partial class Api { }
            }
            """,
            """
            using Manifests;

            [ReplicaSet(Name = "db")]
            [Container("idock.daumkakao.io/shop/db:15.4")] [Port(5432)] [ReadinessProbe(TcpPort = "5432")] [Service(Port = 5432)]
            public partial class Database { }

            [Deployment]
            [Service(Port = 8080, TargetPort = "api")]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Port(8080, Name = "api")]
                [LivenessProbe(Path = "/livez", Port = "api")]
                [ReadinessProbe(TcpPort = "api")]
                public partial class Api { }
            }
            """);
}
