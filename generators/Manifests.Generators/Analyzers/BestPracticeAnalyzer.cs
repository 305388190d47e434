using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.BestPractice;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Emitting;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Reports what is valid Kubernetes but hurts in production (KM5xx), at the argument or attribute that says it: no cpu or
/// memory requests (KM501), no readiness probe on the container a Service sends traffic to (KM502), a secret written as a
/// literal environment value (KM503), a container that may run as root (KM504) or gain privileges (KM506), and an image
/// from a private registry without a pull secret (KM505). The rules are <see cref="BestPracticeValidator"/>'s; only
/// workload classes are judged, each container once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BestPracticeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.BestPracticeRules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // 1. What the project declares, read once per compilation: the private registries (C# and MSBuild).
            var compilation = start.Compilation;
            var model = CompilationModel.For(compilation);
            var privateRegistries = RegistryPolicy.Create(model.Defaults(start.CancellationToken).PrivateRegistries, BuildProperties.PrivateRegistries(start.Options));

            // 2. Every workload class, each container once.
            var settings = new Settings(model, privateRegistries, new PullSecretIndex(compilation, model));
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, settings), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, Settings settings)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (settings.Model.Class(type, context.CancellationToken) is not { Workload: { } workload, Attributes: var attributes })
        {
            return; // Not a workload: container classes are judged with their workload, ConfigMaps and Secrets not at all.
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;
        var cancellationToken = context.CancellationToken;
        var problems = BestPracticeValidator.Validate(workload, settings.PrivateRegistries, registry => settings.PullSecrets.For(registry, cancellationToken));
        foreach (var problem in problems)
        {
            var location = SourceLocator.Locate(attributes[problem.Source.AttributeIndex].Data, problem.Source, fallback, cancellationToken);
            context.ReportDiagnostic(problem.ToDiagnostic(location));
        }
    }

    /// <summary>What one compilation's analysis shares.</summary>
    private sealed record Settings(CompilationModel Model, RegistryPolicy PrivateRegistries, PullSecretIndex PullSecrets);

    /// <summary>
    /// The pull secrets the project's workloads use with each private registry, for KM505's fix. Built on first need
    /// only: it reads every class, and KM505 is rare.
    /// </summary>
    private sealed class PullSecretIndex(Compilation compilation, CompilationModel model)
    {
        private readonly Dictionary<AllowedRegistry, IReadOnlyList<string>> byRegistry = new();
        private List<WorkloadSpec>? workloads;

        public IReadOnlyList<string> For(AllowedRegistry registry, CancellationToken cancellationToken)
        {
            var all = Workloads(cancellationToken);
            lock (byRegistry)
            {
                if (!byRegistry.TryGetValue(registry, out var names))
                {
                    names = BestPracticeValidator.PullSecretsFor(registry, all);
                    byRegistry.Add(registry, names);
                }
                return names;
            }
        }

        private List<WorkloadSpec> Workloads(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref workloads) is { } known)
            {
                return known;
            }
            var found = new List<WorkloadSpec>();
            foreach (var symbol in compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type, cancellationToken))
            {
                // The generated classes that carry the YAML: reading their attributes would bind every document's text.
                if (symbol is INamedTypeSymbol type && type.ContainingNamespace.ToDisplayString() != SourceEmitter.FilesNamespace
                    && model.Class(type, cancellationToken).Workload is { } workload)
                {
                    found.Add(workload);
                }
            }
            return Interlocked.CompareExchange(ref workloads, found, null) ?? found;
        }
    }
}
