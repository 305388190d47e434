using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The assembly-wide defaults, <c>[assembly: ManifestDefaults]</c> and <c>[assembly: Label]</c>: the same rules as on a
/// class (KM102, KM103, KM104, KM118), reported once, in the file that declares them, at the argument.
/// </summary>
public class DefaultsDiagnosticsTests
{
    [Fact]
    public Task Valid_defaults_are_accepted()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop", PartOf = "shop")]
            [assembly: Label("team", "commerce")]
            [assembly: Label("example.com/cost-center", "")]
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """);

    [Fact]
    public Task An_invalid_default_namespace_is_reported_at_the_argument()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(PartOf = "shop", Namespace = {|#0:"Bad_NS"|})]
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """,
            Diagnostic("KM102").WithLocation(0).WithMessage("Namespace 'Bad_NS' is invalid: " + RuleText.Label));

    [Fact]
    public Task Defaults_are_checked_even_without_any_workload()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = {|KM102:"shop.prod"|})]
            """);

    [Fact]
    public Task A_problem_in_the_defaults_is_reported_once_in_the_file_that_declares_them()
        => VerifyAsync(
            [
                """
                using Manifests;
                [Deployment] [Container("nginx:1.27")] public partial class Web { }
                """,
                """
                using Manifests;
                [assembly: ManifestDefaults(Namespace = {|KM102:"My_Shop"|})]
                """,
                """
                using Manifests;
                [Deployment] [Container("nginx:1.27")] public partial class Api { }
                """,
            ]);

    [Fact]
    public Task An_invalid_part_of_is_reported_as_the_label_it_becomes()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop", PartOf = {|#0:"my shop"|})]
            """,
            Diagnostic("KM104").WithLocation(0).WithMessage("Label value 'my shop' of key 'app.kubernetes.io/part-of' is invalid: " + RuleText.LabelValue));

    [Fact]
    public Task An_invalid_common_label_value_is_reported_at_the_value()
        => VerifyAsync("""
            using Manifests;
            [assembly: Label("team", {|#0:"Commerce Team"|})]
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """,
            Diagnostic("KM104").WithLocation(0).WithMessage("Label value 'Commerce Team' of key 'team' is invalid: " + RuleText.LabelValue));

    [Fact]
    public Task An_invalid_common_label_key_is_reported_at_the_key()
        => VerifyAsync("""
            using Manifests;
            [assembly: Label({|#0:"cost center"|}, "42")]
            """,
            Diagnostic("KM103").WithLocation(0).WithMessage("Label key 'cost center' is invalid: " + RuleText.NamePart));

    [Fact]
    public Task The_selector_label_is_reserved_on_the_assembly_too()
        => VerifyAsync("""
            using Manifests;
            [assembly: Label({|#0:"app.kubernetes.io/name"|}, "x")]
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """,
            Diagnostic("KM118").WithLocation(0).WithMessage(
                "Label 'app.kubernetes.io/name' is reserved: Manifests sets it to the workload name to select the workload's pods, so remove it (set the workload's Name instead)"));

    [Fact]
    public Task A_common_label_set_twice_is_reported_at_the_second_key()
        => VerifyAsync("""
            using Manifests;
            [assembly: Label("team", "commerce")]
            [assembly: Label({|#0:"team"|}, "payments")]
            """,
            Diagnostic("KM118").WithLocation(0).WithMessage("Label 'team' is set twice on the assembly: keep one"));

    [Fact]
    public Task Problems_in_defaults_are_not_blamed_on_the_workloads()
        => VerifyAsync("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = {|KM102:"Shop"|}, PartOf = {|KM104:"-shop"|})]
            [assembly: Label("team", {|KM104:"commerce-"|})]
            [Deployment] [Container("nginx:1.27")] [Label("tier", "web")] public partial class Web { }
            [ReplicaSet] [Container("postgres:16")] public partial class Db { }
            """);
}
