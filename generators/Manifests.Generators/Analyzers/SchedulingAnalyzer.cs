using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Scheduling;
using Manifests.Generators.Helpers;
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
            var profile = WorldFiles.LoadProfile(start.Options, parsed, start.CancellationToken);
            if (!profile.Problems.IsEmpty)
            {
                start.RegisterAdditionalFileAction(file => ReportProfileProblems(file, profile));
            }
            if (!profile.Nodes.IsEmpty)
            {
                var model = CompilationModel.For(start.Compilation);
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, model, profile), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, CompilationModel model, ClusterProfile profile)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (model.Class(type, context.CancellationToken) is not { Workload: { } workload, Attributes: var attributes })
        {
            return;
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;

        var pod = PodRequirements.From(workload);
        if (!SchedulerFilter.HasFeasibleNode(pod, profile.Nodes))
        {
            var verdict = SchedulerFilter.Filter(pod, profile.Nodes);
            var properties = DiagnosticProperties.Tolerations(SchedulingAdvice.TolerableTaints(verdict));
            var location = SourceLocator.Locate(attributes[workload.KindSource.AttributeIndex].Data, property: null, fallback, context.CancellationToken);
            var advice = SchedulingAdvice.Explain(verdict, pod);
            context.ReportDiagnostic(advice.Length == 0
                ? Diagnostic.Create(DiagnosticDescriptors.Unschedulable, location, properties, verdict.Summary())
                : Diagnostic.Create(DiagnosticDescriptors.UnschedulableWithAdvice, location, properties, verdict.Summary(), advice));
        }

        foreach (var toleration in workload.Pod.Tolerations)
        {
            var key = toleration.Key.Value;
            // An empty key tolerates everything; health taints are tolerated ahead of time, before any node is sick.
            if (key.Length == 0 || SchedulingAdvice.HealthTaints.Contains(key))
            {
                continue;
            }
            var tolerated = PodToleration.From(toleration);
            if (profile.IsTolerated(tolerated))
            {
                continue;
            }
            var location = SourceLocator.Locate(attributes[toleration.Key.Source.AttributeIndex].Data, toleration.Key.Source, fallback, context.CancellationToken);
            context.ReportDiagnostic(ToleratesNoTaint(tolerated, profile, location));
        }
    }

    /// <summary>
    /// KM302 for a toleration no taint matches: when nodes carry its key, which part differs (value, effect or both);
    /// else the nearest key, when it is near enough to be a typo.
    /// </summary>
    private static Diagnostic ToleratesNoTaint(PodToleration toleration, ClusterProfile profile, Location location)
    {
        var key = toleration.Key;
        var sameKey = profile.Taints.Where(taint => taint.Key == key).ToList();
        if (sameKey.Count > 0)
        {
            // A taint whose value matches differs only in its effect; one whose effect matches only in its value.
            var valueMatches = sameKey.FirstOrDefault(taint => toleration.Operator == "Exists" || taint.Value == toleration.Value);
            if (valueMatches is not null)
            {
                return Diagnostic.Create(DiagnosticDescriptors.TolerationEffectDiffers, location, key, valueMatches.Effect, toleration.Effect);
            }
            var effectMatches = sameKey.FirstOrDefault(taint => toleration.Effect.Length == 0 || taint.Effect == toleration.Effect);
            if (effectMatches is not null)
            {
                return Diagnostic.Create(DiagnosticDescriptors.TolerationValueDiffers, location, key, effectMatches.Value, toleration.Value);
            }
            return Diagnostic.Create(DiagnosticDescriptors.TolerationValueAndEffectDiffer, location, key, sameKey[0].Value, sameKey[0].Effect);
        }
        return Closest(key, profile.TaintKeys) is { } closest
            ? Diagnostic.Create(DiagnosticDescriptors.ToleratesNoTaintDidYouMean, location, key, closest)
            : Diagnostic.Create(DiagnosticDescriptors.ToleratesNoTaint, location, key);
    }

    private static void ReportProfileProblems(AdditionalFileAnalysisContext context, ClusterProfile profile)
    {
        var file = context.AdditionalFile;
        var text = file.GetText(context.CancellationToken);
        foreach (var problem in profile.Problems.Where(p => p.Path == file.Path))
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
