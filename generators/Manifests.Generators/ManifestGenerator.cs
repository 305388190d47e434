using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Manifests.Generators.Emitting;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Manifests.Generators.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generators;

/// <summary>
/// Turns every <c>[Deployment]</c> and <c>[ReplicaSet]</c> class into Kubernetes YAML, compiled into the assembly for the
/// build task to write out. It stays silent: what is wrong is reported by <see cref="Analyzers.WorkloadAnalyzer"/>,
/// and an invalid class simply produces no YAML.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. The assembly-wide defaults, reduced at once to a small record: later steps re-run only when it changes.
        var defaults = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => DefaultsParser.Parse(compilation.Assembly, cancellationToken))
            .WithTrackingName(TrackingNames.Defaults);

        // 2. Each workload class to its model. This transform re-runs for every class on every keystroke (the
        //    compilation changed), so it only reads: judging and emitting happen after the cache, in step 3.
        var deployments = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownAttributes.DeploymentMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (attributeContext, cancellationToken) => Parse(attributeContext, WorkloadKind.Deployment, cancellationToken))
            .WithTrackingName(TrackingNames.Deployments)
            .Where(static workload => workload is not null)
            .Select(static (workload, _) => workload!);
        var replicaSets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownAttributes.ReplicaSetMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (attributeContext, cancellationToken) => Parse(attributeContext, WorkloadKind.ReplicaSet, cancellationToken))
            .WithTrackingName(TrackingNames.ReplicaSets)
            .Where(static workload => workload is not null)
            .Select(static (workload, _) => workload!);

        // 3. Each valid workload to its YAML documents, only when its model changed: editing one class validates and
        //    re-emits only that class's documents.
        var deploymentDocuments = Documents(deployments, defaults).WithTrackingName(TrackingNames.DeploymentDocuments);
        var replicaSetDocuments = Documents(replicaSets, defaults).WithTrackingName(TrackingNames.ReplicaSetDocuments);

        // 4. All documents together, minus objects declared twice (the analyzer reports those), in path order.
        var allDocuments = deploymentDocuments.Collect()
            .Combine(replicaSetDocuments.Collect())
            .Select(static (pair, _) => Distinct(pair.Left.AddRange(pair.Right)))
            .WithTrackingName(TrackingNames.AllDocuments);

        // 5. One source file: the documents as assembly attributes (for the build task) and as the GeneratedManifests class.
        context.RegisterSourceOutput(allDocuments, static (output, documents) =>
            output.AddSource("Manifests.g.cs", CatalogEmitter.Emit(documents.AsImmutableArray())));
    }

    private static WorkloadSpec? Parse(GeneratorAttributeSyntaxContext context, WorkloadKind kind, CancellationToken cancellationToken)
        => context.TargetSymbol is INamedTypeSymbol type
            && WorkloadParser.Parse(type, cancellationToken) is { } spec
            // A class with both workload attributes is parsed once, as the first; the analyzer reports the second.
            && spec.Kind == kind
                ? spec
                : null;

    private static IncrementalValuesProvider<EquatableArray<ManifestDocument>> Documents(
        IncrementalValuesProvider<WorkloadSpec> workloads, IncrementalValueProvider<ManifestDefaults> defaults)
        => workloads
            .Combine(defaults)
            .Select(static (pair, _) => WorkloadValidator.Validate(pair.Left).IsEmpty && WorkloadValidator.ValidateDefaults(pair.Right).IsEmpty
                ? WorkloadEmitter.Emit(pair.Left, pair.Right)
                : EquatableArray<ManifestDocument>.Empty);

    /// <summary>
    /// Drops every class that claims an object another class claims too (both are wrong until one is renamed), and
    /// orders the remaining documents by path for stable output.
    /// </summary>
    private static EquatableArray<ManifestDocument> Distinct(ImmutableArray<EquatableArray<ManifestDocument>> perWorkload)
    {
        var claims = perWorkload
            .SelectMany(documents => documents)
            .GroupBy(Identity)
            .ToDictionary(group => group.Key, group => group.Count());
        return perWorkload
            .Where(documents => documents.All(document => claims[Identity(document)] == 1))
            .SelectMany(documents => documents)
            .OrderBy(document => document.Path, System.StringComparer.Ordinal)
            .ToEquatableArray();

        static ObjectIdentity Identity(ManifestDocument document) => new(
            document.Kind == "Service" ? ObjectIdentity.ServiceGroup : ObjectIdentity.WorkloadGroup, document.Name, document.Namespace);
    }
}
