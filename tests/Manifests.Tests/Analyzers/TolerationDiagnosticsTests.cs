using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>KM116: tolerations the API server would reject, reported at the key, value or seconds that break the rule.</summary>
public class TolerationDiagnosticsTests
{
    [Fact]
    public Task Valid_tolerations_are_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            [Toleration("dedicated")]
            [Toleration("dedicated", Value = "")]
            [Toleration("")]
            [Toleration("", Effect = TaintEffect.NoExecute)]
            [Toleration("node.kubernetes.io/unreachable", Effect = TaintEffect.NoExecute, TolerationSeconds = 300)]
            [Toleration("node.kubernetes.io/not-ready", Effect = TaintEffect.NoExecute, TolerationSeconds = 0)]
            public partial class Web { }
            """);

    [Fact]
    public Task Toleration_seconds_without_no_execute_is_reported_at_the_seconds()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Toleration("dedicated", TolerationSeconds = {|#0:300|})] public partial class Web { }
            """,
            Diagnostic("KM116").WithLocation(0).WithMessage(
                "Toleration of 'dedicated' is invalid: TolerationSeconds applies only to NoExecute taints: set Effect = TaintEffect.NoExecute, or remove TolerationSeconds"));

    [Fact]
    public Task Toleration_seconds_with_any_other_effect_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Toleration("a", Effect = TaintEffect.NoSchedule, TolerationSeconds = {|KM116:60|})]
            [Toleration("b", Effect = TaintEffect.PreferNoSchedule, TolerationSeconds = {|KM116:60|})]
            [Toleration("c", Effect = TaintEffect.Any, TolerationSeconds = {|KM116:60|})]
            public partial class Web { }
            """);

    [Fact]
    public Task A_value_with_an_empty_key_is_reported_at_the_value()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Toleration("", Value = {|#0:"true"|})] public partial class Web { }
            """,
            Diagnostic("KM116").WithLocation(0).WithMessage(
                "A toleration with an empty key tolerates every taint and cannot match a value: remove Value, or set the key"));

    [Fact]
    public Task An_invalid_key_is_reported_at_the_key()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Toleration({|#0:"dedicated node"|}, Value = "gpu")] public partial class Web { }
            """,
            Diagnostic("KM116").WithLocation(0).WithMessage("Toleration of 'dedicated node' is invalid: the key " + RuleText.NamePart));

    [Fact]
    public Task Keys_that_are_no_qualified_names_are_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Toleration({|KM116:"/dedicated"|})]
            [Toleration({|KM116:"Example.com/dedicated"|})]
            [Toleration({|KM116:"dedicated_"|})]
            public partial class Web { }
            """);

    [Fact]
    public Task An_invalid_value_is_reported_at_the_value()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Toleration("dedicated", Value = {|#0:"gpu nodes"|}, Effect = TaintEffect.NoSchedule)] public partial class Web { }
            """,
            Diagnostic("KM116").WithLocation(0).WithMessage("Toleration of 'dedicated' is invalid: the value 'gpu nodes' is not a valid label value: " + RuleText.LabelValue));

    [Fact]
    public Task A_value_of_64_characters_is_reported()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Toleration("dedicated", Value = {|KM116:"{{RuleText.Letters(64)}}"|})] public partial class Web { }
            """);
}
