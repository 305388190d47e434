using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Domain.Scheduling;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Runs the scheduler's filters for every workload's pod against the team's cluster profile (the
/// <c>ManifestsClusterNodes</c> files) and reports, in the scheduler's own words, a pod no node would accept (KM301),
/// a toleration that matches no taint (KM302), and a profile file it cannot read (KM303). Silent without a profile.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchedulingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.SchedulingRules;

    /// <summary>Told the path of each profile file the analyzer actually parses, not served from the cache (for tests).</summary>
    internal Action<string>? ProfileParsed { get; init; }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        var parsed = ProfileParsed;
        context.RegisterCompilationStartAction(start =>
        {
            var model = CompilationModel.For(start.Compilation);
            var environments = model.Defaults(start.CancellationToken).Environments;
            var profiles = WorldFiles.LoadProfiles(start.Options, environments.AsImmutableArray(), parsed, start.CancellationToken);
            if (!profiles.Problems.IsEmpty)
            {
                start.RegisterAdditionalFileAction(file => ReportProfileProblems(file, profiles.Problems));
            }
            if (profiles.HasNodes)
            {
                var names = environments.Select(environment => environment.Name.Value).Distinct().ToImmutableArray();
                var everyCluster = Union(profiles, names);
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, model, profiles, names, everyCluster), SymbolKind.NamedType);
            }
        });
    }

    /// <summary>
    /// The pod as every environment runs it, against that environment's cluster: the base against the shared profile,
    /// then each environment whose pod or cluster differs, the message naming it. Without environments, the one pod
    /// against the one cluster.
    /// </summary>
    /// <param name="everyCluster">The nodes of every cluster the workloads go to, for a toleration of every environment.</param>
    private static void AnalyzeType(
        SymbolAnalysisContext context, CompilationModel model, ClusterProfiles profiles, ImmutableArray<string> environments, ClusterProfile everyCluster)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (model.Class(type, context.CancellationToken) is not { Workload: { } workload, Attributes: var attributes })
        {
            return;
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;
        var location = new DeferredLocation(attributes[workload.KindSource.AttributeIndex].Data, argument: null, fallback, context.CancellationToken);

        var staged = !environments.IsEmpty && EnvironmentView.HasOverrides(workload);
        var baseline = staged ? EnvironmentView.Of(workload, null, ImageTags.None) : workload;
        if (!profiles.Shared.Nodes.IsEmpty)
        {
            CheckPod(context, PodRequirements.From(baseline), profiles.Shared, environment: null, location);
        }
        foreach (var environment in environments)
        {
            var profile = profiles.For(environment);
            var view = staged ? EnvironmentView.Of(workload, environment, ImageTags.None) : baseline;
            if (profile.Nodes.IsEmpty || (ReferenceEquals(profile, profiles.Shared) && view == baseline))
            {
                continue; // No cluster to judge it on, or the base's verdict is this environment's too.
            }
            CheckPod(context, PodRequirements.From(view), profile, environment, location);
        }

        foreach (var toleration in workload.Pod.Tolerations)
        {
            var key = toleration.Key.Value;
            // An empty key tolerates everything; health taints are tolerated ahead of time, before any node is sick.
            if (key.Length == 0 || SchedulingAdvice.HealthTaints.Contains(key))
            {
                continue;
            }
            // A toleration of every environment is judged against every cluster it goes to; an environment's own, against that one's.
            var environment = toleration.Environment?.Value;
            var profile = environment is not null ? profiles.For(environment) : everyCluster;
            var tolerated = PodToleration.From(toleration);
            if (profile.Nodes.IsEmpty || profile.IsTolerated(tolerated))
            {
                continue;
            }
            var at = SourceLocator.Locate(attributes[toleration.Key.Source.AttributeIndex].Data, toleration.Key.Source, fallback, context.CancellationToken);
            var diagnostic = ToleratesNoTaint(tolerated, profile, at, environment);
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>KM301 when no node of <paramref name="profile"/> accepts the pod; said of <paramref name="environment"/> when there is one.</summary>
    private static void CheckPod(SymbolAnalysisContext context, PodRequirements pod, ClusterProfile profile, string? environment, DeferredLocation location)
    {
        if (SchedulerFilter.HasFeasibleNode(pod, profile.Nodes))
        {
            return;
        }
        var verdict = SchedulerFilter.Filter(pod, profile.Nodes);
        var advice = SchedulingAdvice.Explain(verdict, pod);
        var descriptor = advice.Length == 0 ? DiagnosticDescriptors.Unschedulable : DiagnosticDescriptors.UnschedulableWithAdvice;
        object[] arguments = advice.Length == 0 ? [verdict.Summary()] : [verdict.Summary(), advice];
        context.ReportDiagnostic(environment is null
            // The fix adds the tolerations the code lacks; an environment's lack is the environment's to fix.
            ? Diagnostic.Create(descriptor, location.Get(), DiagnosticProperties.Tolerations(SchedulingAdvice.TolerableTaints(verdict)), arguments)
            : Diagnostic.Create(ContextualDescriptors.InEnvironment(descriptor), location.Get(), [environment, .. arguments]));
    }

    /// <summary>Every cluster a workload's pods go to: the shared one and each environment's own.</summary>
    private static ClusterProfile Union(ClusterProfiles profiles, ImmutableArray<string> environments)
    {
        if (profiles.ByEnvironment.Count == 0)
        {
            return profiles.Shared;
        }
        var clusters = environments.IsEmpty ? [profiles.Shared] : environments.Select(profiles.For).Distinct().ToList();
        return new ClusterProfile(clusters.SelectMany(cluster => cluster.Nodes).ToImmutableArray(), ImmutableArray<ProfileProblem>.Empty);
    }

    /// <summary>
    /// KM302 for a toleration no taint matches: when nodes carry its key, which part differs (value, effect or both);
    /// else the nearest key, when it is near enough to be a typo.
    /// </summary>
    private static Diagnostic ToleratesNoTaint(PodToleration toleration, ClusterProfile profile, Location location, string? environment)
    {
        var (descriptor, arguments) = ToleratesNoTaint(toleration, profile);
        return environment is null
            ? Diagnostic.Create(descriptor, location, arguments)
            : Diagnostic.Create(ContextualDescriptors.InEnvironment(descriptor), location, [environment, .. arguments]);
    }

    private static (DiagnosticDescriptor Descriptor, object[] Arguments) ToleratesNoTaint(PodToleration toleration, ClusterProfile profile)
    {
        var key = toleration.Key;
        var sameKey = profile.Taints.Where(taint => taint.Key == key).ToList();
        if (sameKey.Count > 0)
        {
            // A taint whose value matches differs only in its effect; one whose effect matches only in its value.
            var valueMatches = sameKey.FirstOrDefault(taint => toleration.Operator == "Exists" || taint.Value == toleration.Value);
            if (valueMatches is not null)
            {
                return (DiagnosticDescriptors.TolerationEffectDiffers, [key, valueMatches.Effect, toleration.Effect]);
            }
            var effectMatches = sameKey.FirstOrDefault(taint => toleration.Effect.Length == 0 || taint.Effect == toleration.Effect);
            if (effectMatches is not null)
            {
                return (DiagnosticDescriptors.TolerationValueDiffers, [key, effectMatches.Value, toleration.Value]);
            }
            return (DiagnosticDescriptors.TolerationValueAndEffectDiffer, [key, sameKey[0].Value, sameKey[0].Effect]);
        }
        return Closest(key, profile.TaintKeys) is { } closest
            ? (DiagnosticDescriptors.ToleratesNoTaintDidYouMean, [key, closest])
            : (DiagnosticDescriptors.ToleratesNoTaint, [key]);
    }

    private static void ReportProfileProblems(AdditionalFileAnalysisContext context, ImmutableArray<ProfileProblem> problems)
    {
        var file = context.AdditionalFile;
        var text = file.GetText(context.CancellationToken);
        foreach (var problem in problems.Where(p => p.Path == file.Path))
        {
            var location = Location.None;
            if (text is not null && text.Lines.Count > 0)
            {
                var line = text.Lines[System.Math.Min(problem.Line, text.Lines.Count - 1)];
                var start = System.Math.Min(line.Start + problem.Column, line.End);
                var span = TextSpan.FromBounds(start, line.End);
                location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            }
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidClusterProfile, location, System.IO.Path.GetFileName(file.Path), problem.Message));
        }
    }

    /// <summary>The taint key nearest to <paramref name="key"/> by edit distance, when it is near enough to be a typo.</summary>
    private static string? Closest(string key, IEnumerable<string> candidates)
    {
        var threshold = System.Math.Max(2, key.Length / 3);
        string? best = null;
        var bestDistance = threshold + 1;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(key, candidate, threshold);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return best;
    }
}
