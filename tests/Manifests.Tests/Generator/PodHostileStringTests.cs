using System.Globalization;
using k8s.Models;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Tests.Generator;

/// <summary>
/// The strings a real pod adds (probe paths and commands, keys, prefixes, volume names and paths, identity names,
/// capabilities, rollout bounds, affinity keys and values) meet the same strings as the v0 ones: each either reaches
/// the YAML as Kubernetes reads it, or is refused with a KM diagnostic at its source; never a crash.
/// </summary>
public class PodHostileStringTests
{
    private const string Template = """
        using Manifests;
        [Secret("db-credentials", Keys = new[] { "password" })] public partial class DbCredentials { }
        [Deployment(PriorityClassName = $PRIO$)]
        [Container("nginx:1", Name = "main")]
        [Port(8080, Name = "http")] [Port(9000)]
        [ReadinessProbe(Path = $PATH$, Port = $PPORT$)]
        [LivenessProbe(Exec = new[] { $EXEC$ })]
        [StartupProbe(GrpcPort = 9000, GrpcService = $GSVC$)]
        [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = $ENVKEY$, Optional = true)]
        [EnvFrom(typeof(DbCredentials), Prefix = $PREFIX$)]
        [Volume($VNAME$, EmptyDir = true, SizeLimit = $SIZE$)]
        [Volume("data", Claim = $CLAIM$)]
        [Mount($VNAME$, $MPATH$, SubPath = $SUBPATH$)]
        [Mount("data", "/data")]
        [ImagePullSecret($PULL$)]
        [ServiceAccount($SA$)]
        [SecurityContext(AddCapabilities = new[] { $CAP$ })]
        [RollingUpdate(MaxSurge = $SURGE$, MaxUnavailable = $UNAVAIL$)]
        [NodeAffinity($NKEY$, $NVALUE$)]
        [PodAntiAffinity(TopologyKey = $TKEY$, Preferred = true)]
        [SpreadAcross($SKEY$)]
        public partial class App { }
        """;

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["PRIO"] = "high", ["PATH"] = "/healthz", ["PPORT"] = "http", ["EXEC"] = "true", ["GSVC"] = "health", ["ENVKEY"] = "password",
        ["PREFIX"] = "DB_", ["VNAME"] = "cache", ["SIZE"] = "64Mi", ["CLAIM"] = "app-data", ["MPATH"] = "/cache", ["SUBPATH"] = "sub",
        ["PULL"] = "pull", ["SA"] = "app", ["CAP"] = "NET_ADMIN", ["SURGE"] = "1", ["UNAVAIL"] = "0", ["NKEY"] = "disktype",
        ["NVALUE"] = "ssd", ["TKEY"] = "zone", ["SKEY"] = "kubernetes.io/hostname",
    };

    /// <summary>A value each slot accepts besides its default, so that every slot proves it accepts something it was given.</summary>
    private static readonly Dictionary<string, string> Ordinary = new()
    {
        ["PPORT"] = "8080", ["SIZE"] = "1Gi", ["SURGE"] = "2", ["UNAVAIL"] = "25%", ["ENVKEY"] = "token",
    };

    private static V1PodSpec Pod(V1Deployment deployment) => deployment.Spec.Template.Spec;

    private static V1Container First(V1Deployment deployment) => Pod(deployment).Containers[0];

    /// <summary>How to read each slot back from the Deployment.</summary>
    private static readonly Dictionary<string, Func<V1Deployment, string?>> ReadBack = new()
    {
        ["PRIO"] = d => Pod(d).PriorityClassName,
        ["PATH"] = d => First(d).ReadinessProbe.HttpGet.Path,
        ["PPORT"] = d => First(d).ReadinessProbe.HttpGet.Port.Value,
        ["EXEC"] = d => First(d).LivenessProbe.Exec.Command.Single(),
        ["GSVC"] = d => First(d).StartupProbe.Grpc.Service ?? "",
        ["ENVKEY"] = d => First(d).Env.Single().ValueFrom.SecretKeyRef.Key,
        ["PREFIX"] = d => First(d).EnvFrom.Single().Prefix ?? "",
        ["VNAME"] = d => Pod(d).Volumes[0].Name,
        // The client canonicalises quantities ("0.5" reads back as "500m"), so compare canonical forms.
        ["SIZE"] = d => Pod(d).Volumes[0].EmptyDir.SizeLimit.ToString(),
        ["CLAIM"] = d => Pod(d).Volumes[1].PersistentVolumeClaim.ClaimName,
        ["MPATH"] = d => First(d).VolumeMounts[0].MountPath,
        ["SUBPATH"] = d => First(d).VolumeMounts[0].SubPath ?? "",
        ["PULL"] = d => Pod(d).ImagePullSecrets.Single().Name,
        ["SA"] = d => Pod(d).ServiceAccountName,
        ["CAP"] = d => First(d).SecurityContext.Capabilities.Add.Single(),
        ["SURGE"] = d => d.Spec.Strategy.RollingUpdate.MaxSurge.Value,
        ["UNAVAIL"] = d => d.Spec.Strategy.RollingUpdate.MaxUnavailable.Value,
        ["NKEY"] = d => Pod(d).Affinity.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms[0].MatchExpressions[0].Key,
        ["NVALUE"] = d => Pod(d).Affinity.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms[0].MatchExpressions[0].Values.Single(),
        ["TKEY"] = d => Pod(d).Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution[0].PodAffinityTerm.TopologyKey,
        ["SKEY"] = d => Pod(d).TopologySpreadConstraints[0].TopologyKey,
    };

    /// <summary>A port or rollout bound that reads as a number is written as one: "0123" is the number 123.</summary>
    private static readonly HashSet<string> IntOrStringSlots = ["PPORT", "SURGE", "UNAVAIL"];

    /// <summary>Text Kubernetes does not judge: every hostile string must reach the YAML.</summary>
    private static readonly HashSet<string> FreeTextSlots = ["PATH", "EXEC", "GSVC", "CAP"];

    public static TheoryData<string> Slots() => new(Defaults.Keys);

    [Theory]
    [MemberData(nameof(Slots))]
    public void Every_hostile_string_in_every_new_argument_reads_back_unchanged_or_is_reported(string slot)
    {
        var accepted = new List<string>();
        foreach (var value in HostileStringTests.Hostile.Append(Ordinary.GetValueOrDefault(slot, "x")))
        {
            var (deployment, diagnostics) = Generate(slot, value);
            var shown = SymbolDisplay.FormatLiteral(value, quote: false);
            if (deployment is not null)
            {
                Assert.Equal(Expected(slot, value), ReadBack[slot](deployment));
                accepted.Add(value);
            }
            else
            {
                Assert.False(FreeTextSlots.Contains(slot), $"'{shown}' in {slot} was refused: {string.Join("; ", diagnostics)}");
                Assert.True(diagnostics.Any(d => d.Id.StartsWith("KM", StringComparison.Ordinal) && d.Location.IsInSource),
                    $"'{shown}' in {slot} produced no YAML and no diagnostic.");
            }
        }
        Assert.NotEmpty(accepted);
    }

    /// <summary>A lone surrogate has no UTF-8 encoding: free text gets KM120, names and keys their own rule.</summary>
    [Theory]
    [MemberData(nameof(Slots))]
    public void A_lone_surrogate_is_reported_not_thrown(string slot)
    {
        var (deployment, diagnostics) = Generate(slot, "a\uD800");
        Assert.Null(deployment);
        Assert.Contains(diagnostics, d => d.Location.IsInSource && (FreeTextSlots.Contains(slot) || slot is "MPATH" or "SUBPATH" ? d.Id == "KM120" : d.Id.StartsWith("KM", StringComparison.Ordinal)));
    }

    private static string Expected(string slot, string value)
    {
        if (slot == "SIZE")
        {
            return new ResourceQuantity(value).ToString();
        }
        return IntOrStringSlots.Contains(slot) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value;
    }

    private static (V1Deployment? Deployment, IReadOnlyList<Diagnostic> Diagnostics) Generate(string slot, string value)
    {
        var source = Template;
        foreach (var (key, fallback) in Defaults)
        {
            source = source.Replace("$" + key + "$", SymbolDisplay.FormatLiteral(key == slot ? value : fallback, quote: true));
        }
        // One run a value (the cached second run of GeneratorHarness.Run is the other hostile tests' to prove): there
        // are some 1,500 of them.
        var compilation = TestCompilation.Create(source);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.All(driver.GetRunResult().Results, result => Assert.Null(result.Exception));
        if (!GeneratorHarness.ReadFiles(output).TryGetValue("app-deployment.yaml", out var yaml))
        {
            return (null, compilation.WithAnalyzers([new WorkloadAnalyzer()]).GetAnalyzerDiagnosticsAsync().Result);
        }
        return ((V1Deployment)KubernetesJudge.Parse(yaml), []);
    }
}
