using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// KM103 keys and KM104 values of labels, annotations and node selectors, and KM118 reserved or repeated labels, on
/// workload classes. (The same rules on <c>[assembly: Label]</c> are in <see cref="DefaultsDiagnosticsTests"/>.)
/// </summary>
public class LabelDiagnosticsTests
{
    [Fact]
    public Task Valid_keys_are_accepted()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Label("tier", "x")]
            [Label("example.com/My_Key.v1", "x")]
            [Label("app.kubernetes.io/part-of", "x")]
            [Label("My.Key_1", "x")]
            [Label("a/b", "x")]
            [Label("{{RuleText.Letters(253)}}/{{RuleText.Letters(63)}}", "x")]
            [NodeSelector("kubernetes.io/os", "linux")]
            [NodeSelector("123-abc", "x")]
            [Annotation("prometheus.io/scrape", "true")]
            [Annotation("a", "x")]
            public partial class Web { }
            """);

    [Theory]
    [InlineData("/tier", "prefix part must be non-empty")]
    [InlineData("Example.com/tier", "prefix part " + RuleText.Subdomain)]
    [InlineData("example.com/", "name part must be non-empty")]
    [InlineData("a/b/c", RuleText.QualifiedName)]
    [InlineData("-tier", RuleText.NamePart)]
    [InlineData("my key", RuleText.NamePart)]
    public Task Invalid_label_keys_are_reported_at_the_key_with_the_reason(string key, string reason)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Label({|#0:"{{key}}"|}, "x")] public partial class Web { }
            """,
            Diagnostic("KM103").WithLocation(0).WithMessage($"Label key '{key}' is invalid: {reason}"));

    [Fact]
    public Task A_key_name_of_64_characters_is_reported_with_its_length()
    {
        var key = "example.com/" + RuleText.Letters(64);
        return VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Label({|#0:"{{key}}"|}, "x")] public partial class Web { }
            """,
            Diagnostic("KM103").WithLocation(0).WithMessage($"Label key '{key}' is invalid: name part must be no more than 63 characters (it has 64)"));
    }

    [Fact]
    public Task A_key_written_by_parameter_name_out_of_order_is_found()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Label(value: "x", key: {|KM103:"my key"|})] public partial class Web { }
            """);

    [Fact]
    public Task Node_selector_and_annotation_keys_say_what_they_are()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [NodeSelector({|#0:"disk type"|}, "ssd")]
            [Annotation({|#1:"-note"|}, "anything")]
            public partial class Web { }
            """,
            Diagnostic("KM103").WithLocation(0).WithMessage("Node selector key 'disk type' is invalid: " + RuleText.NamePart),
            Diagnostic("KM103").WithLocation(1).WithMessage("Annotation key '-note' is invalid: " + RuleText.NamePart));

    [Fact]
    public Task An_annotation_set_twice_is_reported_at_the_second_key()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Annotation("prometheus.io/scrape", "true")]
            [Annotation({|#0:"prometheus.io/scrape"|}, "false")]
            public partial class Web { }
            """,
            Diagnostic("KM103").WithLocation(0).WithMessage("Annotation key 'prometheus.io/scrape' is set twice: keep one"));

    [Fact]
    public Task Annotation_values_may_be_any_text()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Annotation("description", "The web frontend: serves /, /cart and /checkout. Owner: team-commerce!")]
            [Annotation("empty", "")]
            public partial class Web { }
            """);

    [Fact]
    public Task Label_values_are_checked()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Label("empty", "")]
            [Label("mixed", "MyValue")]
            [Label("underscore", "my_value")]
            [Label("digits", "12345")]
            [Label("version", "v1.2.3")]
            [Label("longest", "{{RuleText.Letters(63)}}")]
            [Label("a", {|KM104:"-front"|})]
            [Label("b", {|KM104:"front-"|})]
            [Label("c", {|KM104:"front/end"|})]
            [Label("d", {|KM104:"é"|})]
            [NodeSelector("disk", "ssd")]
            public partial class Web { }
            """);

    [Fact]
    public Task A_label_value_of_64_characters_is_reported_with_its_length()
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Label("long", {|#0:"{{RuleText.Letters(64)}}"|})] public partial class Web { }
            """,
            Diagnostic("KM104").WithLocation(0).WithMessage($"Label value '{RuleText.Letters(64)}' of key 'long' is invalid: must be no more than 63 characters (it has 64)"));

    [Fact]
    public Task An_invalid_label_value_names_its_key()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Label("tier", {|#0:"front end"|})] public partial class Web { }
            """,
            Diagnostic("KM104").WithLocation(0).WithMessage("Label value 'front end' of key 'tier' is invalid: " + RuleText.LabelValue));

    [Fact]
    public Task An_invalid_node_selector_value_says_it_is_a_node_selector()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [NodeSelector("disk", {|#0:"fast ssd"|})] public partial class Web { }
            """,
            Diagnostic("KM104").WithLocation(0).WithMessage("Node selector value 'fast ssd' of key 'disk' is invalid: " + RuleText.LabelValue));

    [Fact]
    public Task The_selector_label_is_reserved()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Label({|#0:"app.kubernetes.io/name"|}, "web")] public partial class Web { }
            """,
            Diagnostic("KM118").WithLocation(0).WithMessage(
                "Label 'app.kubernetes.io/name' is reserved: Manifests sets it to the workload name to select the workload's pods, so remove it (set the workload's Name instead)"));

    [Fact]
    public Task A_label_set_twice_on_a_class_is_reported_at_the_second_key()
        => VerifyAsync("""
            using Manifests;
            namespace Shop;
            [Deployment] [Container("nginx:1.27")] [Label("tier", "frontend")] [Label({|#0:"tier"|}, "web")] public partial class Web { }
            """,
            Diagnostic("KM118").WithLocation(0).WithMessage("Label 'tier' is set twice on 'Web': keep one"));

    [Fact]
    public Task A_class_label_may_override_a_common_label_of_the_assembly()
        => VerifyAsync("""
            using Manifests;
            [assembly: Label("tier", "any")]
            [Deployment] [Container("nginx:1.27")] [Label("tier", "frontend")] public partial class Web { }
            """);
}
