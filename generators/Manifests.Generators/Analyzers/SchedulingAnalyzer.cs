using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Scheduling;
using Manifests.Generators.Helpers;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Runs the scheduler's filters for every workload's pod against the team's cluster profile (the
/// <c>ManifestsClusterNodes</c> files) and reports, in the scheduler's own words, a pod no node would accept (KM301),
/// a toleration that matches no taint (KM302), and a profile file it cannot read (KM303). Silent without a profile.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchedulingAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property keys: "Toleration0", "Toleration1"... each "key\nvalue\neffect" of a taint to tolerate.</summary>
    public const string TolerationPropertyPrefix = "Toleration";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Scheduling;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var profile = ClusterProfileLoader.Load(start.Options, start.CancellationToken);
            if (!profile.Problems.IsEmpty)
            {
                start.RegisterAdditionalFileAction(file => ReportProfileProblems(file, profile));
            }
            if (!profile.Nodes.IsEmpty)
            {
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, profile), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, ClusterProfile profile)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (ParsedWorkloads.Get(context.Compilation, type, context.CancellationToken) is not { Spec: { } workload, Attributes: var attributes })
        {
            return;
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;

        var pod = PodRequirements.From(workload);
        if (!SchedulerFilter.HasFeasibleNode(pod, profile.Nodes))
        {
            var verdict = SchedulerFilter.Filter(pod, profile.Nodes);
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            var tolerable = SchedulingAdvice.TolerableTaints(verdict);
            for (var i = 0; i < tolerable.Length; i++)
            {
                properties.Add(TolerationPropertyPrefix + i, $"{tolerable[i].Key}\n{tolerable[i].Value}\n{tolerable[i].Effect}");
            }
            var location = SourceLocator.Locate(attributes[workload.KindSource.AttributeIndex].Data, argument: null, fallback, context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Unschedulable, location, properties.ToImmutable(),
                verdict.Summary(), SchedulingAdvice.Explain(verdict, pod, profile.Nodes)));
        }

        foreach (var toleration in workload.Tolerations)
        {
            var key = toleration.Key.Value;
            // An empty key tolerates everything; health taints are tolerated ahead of time, before any node is sick.
            if (key.Length == 0 || SchedulingAdvice.HealthTaints.Contains(key))
            {
                continue;
            }
            if (profile.IsTolerated(PodToleration.From(toleration)))
            {
                continue;
            }
            var closest = Closest(key, profile.TaintKeys);
            var hint = closest is null
                ? ": remove it, or update the cluster profile if the nodes changed"
                : closest == key
                    ? $" (nodes carry '{key}', but with another value or effect)"
                    : $": did you mean '{closest}'?";
            var location = SourceLocator.Locate(attributes[toleration.Key.Source.AttributeIndex].Data, toleration.Key.Source, fallback, context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ToleratesNoTaint, location, key, hint));
        }
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
