using Manifests.CodeFixes.BestPractice;
using Manifests.Tests.Support;

namespace Manifests.Tests.BestPractice;

/// <summary>KM505's fix: the pull secret the project already uses with that registry, never a guessed name.</summary>
public class PullSecretCodeFixTests
{
    private static readonly string[] Rule = ["KM505"];

    [Fact]
    public async Task The_pull_secret_other_workloads_use_with_the_registry_is_offered()
    {
        const string fixedSource = """
            using Manifests;

            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io" })]

            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1")] [ImagePullSecret("idock-pull")] public partial class Backend { }
            [ReplicaSet(Name = "db")] [Container("idock.daumkakao.io/shop/db:15.4")] [ImagePullSecret("idock-pull")] public partial class Database { }
            [Deployment] [Container("docker.io/library/nginx:1.27")] [ImagePullSecret("hub-pull")] public partial class Proxy { }

            [Deployment]
            [ImagePullSecret("idock-pull")]
            public partial class Frontend
            {
                [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Web { }
            }
            """;
        await new BestPracticeTest("""
            using Manifests;

            [assembly: ManifestDefaults(PrivateRegistries = new[] { "idock.daumkakao.io" })]

            [Deployment] [Container("idock.daumkakao.io/shop/backend:2.0.1")] [ImagePullSecret("idock-pull")] public partial class Backend { }
            [ReplicaSet(Name = "db")] [Container("idock.daumkakao.io/shop/db:15.4")] [ImagePullSecret("idock-pull")] public partial class Database { }
            [Deployment] [Container("docker.io/library/nginx:1.27")] [ImagePullSecret("hub-pull")] public partial class Proxy { }

            [Deployment]
            public partial class Frontend
            {
                [Container({|KM505:"idock.daumkakao.io/shop/frontend:1.4.2"|})] public partial class Web { }
            }
            """) { Only = Rule, CodeFix = new ImagePullSecretCodeFix(), FixedSource = fixedSource }.RunAsync();
        await AnalyzerVerifier.VerifyAsync(fixedSource);
    }

    [Fact]
    public Task Without_a_pull_secret_in_use_no_name_is_guessed()
    {
        const string source = """
            using Manifests;
            [Deployment] [Container({|KM505:"idock.daumkakao.io/shop/frontend:1.4.2"|})] public partial class Frontend { }
            [Deployment] [Container("docker.io/library/nginx:1.27")] [ImagePullSecret("hub-pull")] public partial class Proxy { }
            """;
        return new BestPracticeTest(source)
        {
            Only = Rule,
            PrivateRegistries = "idock.daumkakao.io",
            CodeFix = new ImagePullSecretCodeFix(),
            FixedSource = source,
        }.RunAsync();
    }
}
