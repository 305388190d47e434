using System.Text.RegularExpressions;
using CsCheck;
using k8s.Models;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Tests.Generator;

/// <summary>
/// Every string a user writes either reaches the YAML unchanged, as Kubernetes reads it, or is refused with a KM
/// diagnostic at its source; never silently altered, never a crash. Also: no plain scalar that a YAML 1.1 reader would
/// take for a bool, number, null or date.
/// </summary>
public class HostileStringTests
{
    /// <summary>The strings YAML and Kubernetes users trip over.</summary>
    public static readonly string[] Hostile =
    [
        "yes", "no", "on", "off", "y", "n", "true", "False", "null", "NULL", "~", "0123", "0x1F", "0x1f", "1e3", "1_000", "0o17",
        "3.14", ".5", "-1", "+1", ".inf", "-.Inf", ".NaN", "12:30:00", "2001-12-14", "=",
        "a: b", "a:b", "a :b", "#x", "a #x", "- x", "-x", "? x", ": x", "multi\nline", "cr\rlf", "\r\n", " lead", "trail ", " ", "",
        "'single'", "\"double\"", "back\\slash", "tab\there", "\t", "naïve", "中文", "emoji 😀", "\u2028", "\u0085", "\u00a0",
        "{a: b}", "[1]", "&a", "*a", "!t", "%d", "@", "`tick`", "|", ">", "---", "...", "a,b", "key=value", "x\u0000y", "\u0007bell",
    ];

    private const string Template = """
        using Manifests;
        [assembly: ManifestDefaults(Namespace = $NS$, PartOf = $PARTOF$)]
        [Deployment(Name = $NAME$)]
        [Container($IMAGE$, Name = $CNAME$, Command = new[] { $CMD$ }, Args = new[] { $ARG$ })]
        [Port(8080, Name = $PNAME$)]
        [Env($ENAME$, $EVALUE$)]
        [Resources(CpuRequest = $CPU$)]
        [Annotation($AKEY$, $AVALUE$)]
        [Label($LKEY$, $LVALUE$)]
        [NodeSelector($NKEY$, $NVALUE$)]
        [Toleration($TKEY$, Value = $TVALUE$)]
        [Service(Name = $SNAME$, Port = 80, TargetPort = $TARGET$, PortName = $SPNAME$)]
        public partial class App { }
        """;

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["NS"] = "apps", ["PARTOF"] = "shop", ["NAME"] = "app", ["IMAGE"] = "nginx:1", ["CNAME"] = "main", ["CMD"] = "run",
        ["ARG"] = "--x", ["PNAME"] = "http", ["ENAME"] = "MODE", ["EVALUE"] = "v", ["CPU"] = "1", ["AKEY"] = "note",
        ["AVALUE"] = "v", ["LKEY"] = "tier", ["LVALUE"] = "web", ["NKEY"] = "disk", ["NVALUE"] = "ssd", ["TKEY"] = "dedicated",
        ["TVALUE"] = "web", ["SNAME"] = "app", ["TARGET"] = "8080", ["SPNAME"] = "web",
    };

    /// <summary>How to read each slot back from the parsed objects.</summary>
    private static readonly Dictionary<string, Func<V1Deployment, V1Service, string?>> ReadBack = new()
    {
        ["NS"] = (d, _) => d.Metadata.NamespaceProperty,
        ["PARTOF"] = (d, _) => d.Metadata.Labels["app.kubernetes.io/part-of"],
        ["NAME"] = (d, _) => d.Metadata.Name,
        ["IMAGE"] = (d, _) => d.Spec.Template.Spec.Containers[0].Image,
        ["CNAME"] = (d, _) => d.Spec.Template.Spec.Containers[0].Name,
        ["CMD"] = (d, _) => d.Spec.Template.Spec.Containers[0].Command.Single(),
        ["ARG"] = (d, _) => d.Spec.Template.Spec.Containers[0].Args.Single(),
        ["PNAME"] = (d, _) => d.Spec.Template.Spec.Containers[0].Ports[0].Name,
        ["ENAME"] = (d, _) => d.Spec.Template.Spec.Containers[0].Env[0].Name,
        ["EVALUE"] = (d, _) => d.Spec.Template.Spec.Containers[0].Env[0].Value ?? "",
        // The client canonicalises quantities ("0.5" reads back as "500m"), so compare canonical forms.
        ["CPU"] = (d, _) => d.Spec.Template.Spec.Containers[0].Resources.Requests["cpu"].ToString(),
        ["AKEY"] = (d, _) => d.Metadata.Annotations.Keys.Single(),
        ["AVALUE"] = (d, _) => d.Spec.Template.Metadata.Annotations.Values.Single() ?? "",
        ["LKEY"] = (d, _) => d.Metadata.Labels.Keys.Last(),
        ["LVALUE"] = (d, _) => d.Metadata.Labels.Values.Last() ?? "",
        ["NKEY"] = (d, _) => d.Spec.Template.Spec.NodeSelector.Keys.Single(),
        ["NVALUE"] = (d, _) => d.Spec.Template.Spec.NodeSelector.Values.Single() ?? "",
        ["TKEY"] = (d, _) => d.Spec.Template.Spec.Tolerations[0].Key,
        ["TVALUE"] = (d, _) => d.Spec.Template.Spec.Tolerations[0].Value ?? "",
        ["SNAME"] = (_, s) => s.Metadata.Name,
        ["TARGET"] = (_, s) => s.Spec.Ports[0].TargetPort.Value,
        ["SPNAME"] = (_, s) => s.Spec.Ports[0].Name,
    };

    public static TheoryData<string> Slots() => new(Defaults.Keys);

    [Theory]
    [MemberData(nameof(Slots))]
    public void Every_hostile_string_in_every_attribute_reads_back_unchanged_or_is_reported(string slot)
    {
        var accepted = new List<string>();
        // Each slot also gets one ordinary value, so that every slot proves it accepts something.
        var ordinary = slot switch { "CPU" => "250m", "TARGET" => "http", _ => "x" };
        foreach (var hostile in Hostile.Append(ordinary))
        {
            var outcome = Generate(slot, hostile);
            if (outcome.Documents is var (deployment, service))
            {
                var expected = slot == "CPU" ? new ResourceQuantity(hostile).ToString() : hostile;
                Assert.Equal(expected, ReadBack[slot](deployment, service));
                accepted.Add(hostile);
            }
            else
            {
                Assert.True(outcome.Diagnostics.Any(d => d.Id.StartsWith("KM", StringComparison.Ordinal) && d.Location.IsInSource),
                    $"'{Escape(hostile)}' in {slot} produced no YAML and no diagnostic.");
            }
        }
        Assert.NotEmpty(accepted);
    }

    [Theory]
    [InlineData("EVALUE")]
    [InlineData("AVALUE")]
    [InlineData("ARG")]
    [InlineData("CMD")]
    [InlineData("IMAGE")]
    public void Free_text_slots_accept_every_hostile_string(string slot)
    {
        foreach (var hostile in Hostile)
        {
            var outcome = Generate(slot, hostile);
            Assert.True(outcome.Documents is not null, $"'{Escape(hostile)}' in {slot} was refused: {string.Join("; ", outcome.Diagnostics)}");
        }
    }

    [Fact]
    public void Random_text_survives_as_an_env_value_an_annotation_and_an_argument()
    {
        // Letters that matter to YAML, whitespace and line breaks of every kind, and non-ASCII; no lone surrogates.
        var text = Gen.String[Gen.Char["abyYnN01e.:#-?{}[]&*!%@`'\"\\|>~=, \t\n\r\u0085\u2028\u00e9\u4e2d"], 0, 12];
        Gen.Select(text, text, text).Sample((env, annotation, argument) =>
        {
            var outcome = Generate(new() { ["EVALUE"] = env, ["AVALUE"] = annotation, ["ARG"] = argument });
            var (deployment, _) = outcome.Documents ?? throw new Xunit.Sdk.XunitException("refused: " + string.Join("; ", outcome.Diagnostics));
            Assert.Equal(env, ReadBack["EVALUE"](deployment, null!));
            Assert.Equal(annotation, ReadBack["AVALUE"](deployment, null!));
            Assert.Equal(argument, ReadBack["ARG"](deployment, null!));
        }, iter: 150);
    }

    [Fact]
    public void Random_label_values_that_kubernetes_accepts_read_back_unchanged()
    {
        var labelValue = Gen.String[Gen.Char["aAyYnN019eExX._-"], 1, 10];
        labelValue.Sample(value =>
        {
            var outcome = Generate(new() { ["LVALUE"] = value, ["NVALUE"] = value, ["TVALUE"] = value });
            if (outcome.Documents is var (deployment, _))
            {
                Assert.Equal(value, ReadBack["LVALUE"](deployment, null!));
                Assert.Equal(value, ReadBack["NVALUE"](deployment, null!));
                Assert.Equal(value, ReadBack["TVALUE"](deployment, null!));
            }
            else
            {
                Assert.Contains(outcome.Diagnostics, d => d.Id == "KM104" || d.Id == "KM116");
            }
        }, iter: 150);
    }

    /// <summary>
    /// "&lt;&lt;" is YAML's merge key. The client's parser (YamlDotNet's MergingParser) rejects it even quoted and in a
    /// value, where Kubernetes' own reader takes it as text; so this one is checked with YamlDotNet's plain reader.
    /// </summary>
    [Fact]
    public void The_merge_key_text_is_double_quoted_and_reads_back_unchanged()
    {
        var files = GeneratorHarness.Run(TestCompilation.Create("""
            using Manifests;
            [Deployment] [Container("nginx:1")] [Env("MERGE", "<<")] public partial class App { }
            """));
        var yaml = files["app-deployment.yaml"];
        Assert.Contains("value: \"<<\"", yaml);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var env = (YamlSequenceNode)stream.Documents[0].RootNode["spec"]["template"]["spec"]["containers"][0]["env"];
        Assert.Equal("<<", ((YamlScalarNode)env[0]["value"]).Value);
    }

    [Fact]
    public void A_lone_surrogate_is_reported_not_thrown()
    {
        var outcome = Generate("EVALUE", "\uD800");
        Assert.Null(outcome.Documents);
        Assert.Contains(outcome.Diagnostics, d => d.Id == "KM120");
    }

    private sealed record Outcome((V1Deployment, V1Service)? Documents, IReadOnlyList<Diagnostic> Diagnostics);

    private static Outcome Generate(string slot, string value) => Generate(new() { [slot] = value });

    private static Outcome Generate(Dictionary<string, string> values)
    {
        var source = Template;
        foreach (var (key, fallback) in Defaults)
        {
            source = source.Replace("$" + key + "$", SymbolDisplay.FormatLiteral(values.GetValueOrDefault(key, fallback), quote: true));
        }
        var compilation = TestCompilation.Create(source);
        var files = GeneratorHarness.Run(compilation);
        if (files.ByPath.Count == 0)
        {
            var diagnostics = compilation.WithAnalyzers([new WorkloadAnalyzer()]).GetAnalyzerDiagnosticsAsync().Result;
            return new Outcome(null, diagnostics);
        }
        foreach (var yaml in files.ByPath.Values)
        {
            AssertNoAmbiguousPlainScalars(yaml);
        }
        var deployment = (V1Deployment)KubernetesJudge.Parse(files.ByPath.Single(f => f.Key.EndsWith("-deployment.yaml", StringComparison.Ordinal)).Value);
        var service = (V1Service)KubernetesJudge.Parse(files.ByPath.Single(f => f.Key.EndsWith("-service.yaml", StringComparison.Ordinal)).Value);
        return new Outcome((deployment, service), []);
    }

    // YAML 1.1's implicit types (yaml.org/type): what an unquoted scalar may turn into in a YAML 1.1 reader.
    private static readonly Regex Yaml11Implicit = new(
        """^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|<<|=|)$"""
        + """|^[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$"""
        + """|^[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$"""
        + """|^[-+]?[0-9]+(\.[0-9]*)?[eE][-+]?[0-9]+$|^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?""",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> NumericKeys = ["replicas", "containerPort", "port", "targetPort", "nodePort", "tolerationSeconds"];

    /// <summary>Fails when a plain scalar that is not one of our numeric fields could read as anything but a string.</summary>
    private static void AssertNoAmbiguousPlainScalars(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Walk(stream.Documents[0].RootNode, key: null);

        static void Walk(YamlNode node, string? key)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var (k, v) in mapping.Children)
                    {
                        Walk(k, key: null);
                        Walk(v, ((YamlScalarNode)k).Value);
                    }
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        Walk(item, key: null);
                    }
                    break;
                case YamlScalarNode { Style: ScalarStyle.Plain } scalar when key is null || !NumericKeys.Contains(key):
                    Assert.False(Yaml11Implicit.IsMatch(scalar.Value!), $"Plain scalar '{scalar.Value}' would not read as a string in YAML 1.1");
                    break;
            }
        }
    }

    private static string Escape(string value) => SymbolDisplay.FormatLiteral(value, quote: false);
}
