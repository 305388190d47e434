using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System;
using Manifests.Generators.Domain.Validation;
using Manifests.Generators.Emitting;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;

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

        // Invalid defaults (a bad namespace, say) make every object invalid: judged once here, not once per workload.
        var validDefaults = defaults.Select(static (value, _) => WorkloadValidator.ValidateDefaults(value).IsEmpty ? value : null);

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
        var deploymentDocuments = Documents(deployments, validDefaults).WithTrackingName(TrackingNames.DeploymentDocuments);
        var replicaSetDocuments = Documents(replicaSets, validDefaults).WithTrackingName(TrackingNames.ReplicaSetDocuments);

        // 4. The objects that more than one class claims (the analyzer reports them; none of those classes gets YAML).
        //    Almost always none, so this value rarely changes and wakes nothing after it.
        var contested = deploymentDocuments.Select(static (documents, _) => Identities(documents)).Collect()
            .Combine(replicaSetDocuments.Select(static (documents, _) => Identities(documents)).Collect())
            .Select(static (pair, _) => Contested(pair.Left.AddRange(pair.Right)))
            .WithTrackingName(TrackingNames.ContestedObjects);

        // 5. One source file per workload: a class carrying its documents as attributes, which the build task writes to disk.
        //    Editing one workload re-emits, and the compiler re-parses, that small file only.
        EmitWorkloadFiles(context, deploymentDocuments, contested);
        EmitWorkloadFiles(context, replicaSetDocuments, contested);

        // 6. The index: every file's path in order, for the kustomization and the GeneratedManifests class. It holds no
        //    YAML, so it is re-emitted only when an object is added, removed or renamed.
        var index = deploymentDocuments.Select(static (documents, _) => Entries(documents)).Collect()
            .Combine(replicaSetDocuments.Select(static (documents, _) => Entries(documents)).Collect())
            .Combine(contested)
            .Select(static (pair, _) => Index(pair.Left.Left.AddRange(pair.Left.Right), pair.Right))
            .WithTrackingName(TrackingNames.DocumentIndex);
        context.RegisterSourceOutput(index, static (output, paths) =>
            output.AddSource(CatalogEmitter.IndexHintName, CatalogEmitter.EmitIndex(paths.AsImmutableArray())));
    }

    private static WorkloadSpec? Parse(GeneratorAttributeSyntaxContext context, WorkloadKind kind, CancellationToken cancellationToken)
        => context.TargetSymbol is INamedTypeSymbol type
            && WorkloadParser.Parse(type, cancellationToken) is { } spec
            // A class with both workload attributes is parsed once, as the first; the analyzer reports the second.
            && spec.Kind == kind
                ? spec
                : null;

    private static IncrementalValuesProvider<EquatableArray<ManifestDocument>> Documents(
        IncrementalValuesProvider<WorkloadSpec> workloads, IncrementalValueProvider<ManifestDefaults?> validDefaults)
        => workloads
            .Combine(validDefaults)
            .Select(static (pair, _) => pair.Right is { } defaults && WorkloadValidator.Validate(pair.Left).IsEmpty
                ? WorkloadEmitter.Emit(pair.Left, defaults)
                : EquatableArray<ManifestDocument>.Empty);

    private static void EmitWorkloadFiles(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<EquatableArray<ManifestDocument>> documents,
        IncrementalValueProvider<EquatableArray<ObjectIdentity>> contested)
    {
        var files = documents
            .Combine(contested)
            .Select(static (pair, _) => IsContested(pair.Left.Select(document => document.Entry), pair.Right) ? EquatableArray<ManifestDocument>.Empty : pair.Left)
            .WithTrackingName(TrackingNames.WorkloadFiles);
        context.RegisterSourceOutput(files, static (output, documents) =>
        {
            if (!documents.IsEmpty)
            {
                output.AddSource(CatalogEmitter.HintName(documents), CatalogEmitter.EmitDocuments(documents));
            }
        });
    }

    private static EquatableArray<ObjectIdentity> Identities(EquatableArray<ManifestDocument> documents)
        => documents.Select(document => Identity(document.Entry)).ToEquatableArray();

    private static EquatableArray<ManifestEntry> Entries(EquatableArray<ManifestDocument> documents)
        => documents.Select(document => document.Entry).ToEquatableArray();

    /// <summary>Every identity claimed by more than one class, in a stable order so that equal sets compare equal.</summary>
    private static EquatableArray<ObjectIdentity> Contested(ImmutableArray<EquatableArray<ObjectIdentity>> perWorkload)
    {
        var seen = new HashSet<ObjectIdentity>();
        var contested = new HashSet<ObjectIdentity>();
        foreach (var identity in perWorkload.SelectMany(identities => identities))
        {
            if (!seen.Add(identity))
            {
                contested.Add(identity);
            }
        }
        return contested.Count == 0
            ? EquatableArray<ObjectIdentity>.Empty
            : contested
                .OrderBy(identity => identity.Group, StringComparer.Ordinal)
                .ThenBy(identity => identity.Namespace, StringComparer.Ordinal)
                .ThenBy(identity => identity.Name, StringComparer.Ordinal)
                .ToEquatableArray();
    }

    /// <summary>The paths of the files of every class that claims no contested object, in order for stable output.</summary>
    private static EquatableArray<string> Index(ImmutableArray<EquatableArray<ManifestEntry>> perWorkload, EquatableArray<ObjectIdentity> contested)
        => perWorkload
            .Where(entries => !IsContested(entries, contested))
            .SelectMany(entries => entries)
            .Select(entry => entry.Path)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Whether a class's objects include one that another class claims too: then both are wrong until one is renamed.</summary>
    private static bool IsContested(IEnumerable<ManifestEntry> entries, EquatableArray<ObjectIdentity> contested)
        => !contested.IsEmpty && entries.Any(entry => contested.AsImmutableArray().Contains(Identity(entry)));

    private static ObjectIdentity Identity(ManifestEntry entry) => new(
        entry.Kind == "Service" ? ObjectIdentity.ServiceGroup : ObjectIdentity.WorkloadGroup, entry.Name, entry.Namespace);
}
