using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Domain.Validation;
using Manifests.Generators.Emitting;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generators;

/// <summary>
/// Turns every <c>[Deployment]</c> and <c>[ReplicaSet]</c> class into Kubernetes YAML, compiled into the assembly for the
/// build task to write out. It stays silent: what is wrong is reported by the analyzers, and an invalid class gets no
/// YAML but a record of what it withholds and why, which the build task turns into an error.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. The assembly-wide defaults and the image tags CI sets, each reduced at once to a small record and judged
        //    once: later steps re-run only when one changes. Invalid defaults (a bad namespace, say) withhold every object.
        var defaults = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => DefaultsParser.Parse(compilation.Assembly, cancellationToken))
            .WithTrackingName(TrackingNames.Defaults)
            .Combine(context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => BuildProperties.ImageTags(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ImageTags))
            .Select(static (pair, _) => new BuildSettings(pair.Left, FirstProblem(WorkloadValidator.ValidateDefaults(pair.Left)), pair.Right));

        // 2. Each class to its model. This transform re-runs for every class on every keystroke (the compilation
        //    changed), so it only reads: judging and emitting happen after the cache, in step 3.
        var deployments = Workloads(context, ContractAttributes.DeploymentMetadataName, WorkloadKind.Deployment, TrackingNames.Deployments);
        var replicaSets = Workloads(context, ContractAttributes.ReplicaSetMetadataName, WorkloadKind.ReplicaSet, TrackingNames.ReplicaSets);
        var statefulSets = Workloads(context, ContractAttributes.StatefulSetMetadataName, WorkloadKind.StatefulSet, TrackingNames.StatefulSets);
        var configMaps = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ContractAttributes.ConfigMapMetadataName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (attributeContext, _) => attributeContext.TargetSymbol is INamedTypeSymbol type
                    ? ConfigParser.ParseConfigMap(type, WorkloadAttributes.Collect(type))
                    : null)
            .WithTrackingName(TrackingNames.ConfigMaps)
            .Where(static configMap => configMap is not null)
            .Select(static (configMap, _) => configMap!);

        // 3. Each class to its documents (or its withheld objects), only when its model changed: editing one class
        //    validates, resolves and emits only that class.
        var outputs = new[]
        {
            Outputs(deployments, defaults).WithTrackingName(TrackingNames.DeploymentDocuments),
            Outputs(replicaSets, defaults).WithTrackingName(TrackingNames.ReplicaSetDocuments),
            Outputs(statefulSets, defaults).WithTrackingName(TrackingNames.StatefulSetDocuments),
            configMaps.Combine(defaults).Select(static (pair, _) => Output(pair.Left, pair.Right)).WithTrackingName(TrackingNames.ConfigMapDocuments),
        };

        // 4. The objects that more than one class declares (KM114): none of those classes gets YAML. Almost always
        //    none, so this value rarely changes and wakes nothing after it.
        var claims = AllClaims(outputs);
        var contested = claims.Select(static (claims, _) => Contested(claims)).WithTrackingName(TrackingNames.ContestedObjects);

        // 5. One source file per class: a class carrying its documents as attributes, which the build task writes to
        //    disk. Editing one workload re-emits, and the compiler re-parses, that small file only.
        foreach (var output in outputs)
        {
            EmitClassFiles(context, output, contested);
        }

        // 6. The index: every file's path in order, for the kustomization and the GeneratedManifests class, with the
        //    Namespace when the defaults create it and the team's own files it lists (ManifestsKustomizationResources). It holds no other YAML, so it is re-emitted only when an object is
        //    added, removed or renamed. A project without workloads or ConfigMaps (a test project that references the
        //    app, say) gets none: its own empty GeneratedManifests would hide the app's.
        var resources = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildProperties.KustomizationResources(options.GlobalOptions))
            .WithTrackingName(TrackingNames.KustomizationResources);
        var index = claims
            .Combine(contested)
            .Combine(defaults)
            .Combine(resources)
            .Select(static (pair, _) => Index(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.DocumentIndex);
        context.RegisterSourceOutput(index, static (output, index) =>
        {
            if (index.HasObjects)
            {
                output.AddSource(SourceEmitter.IndexHintName, SourceEmitter.EmitIndex(index));
            }
        });
    }

    /// <summary>The defaults, with the first problem that makes them unusable, if any, and the image tags CI sets.</summary>
    private sealed record BuildSettings(ManifestDefaults Defaults, ManifestProblem? Problem, ImageTags Tags);

    /// <summary>One class's claims to the objects it declares (written ones and withheld ones alike), and what it adds to each environment.</summary>
    private sealed record ClassClaims(string ClassName, EquatableArray<ObjectFile> Written, EquatableArray<ObjectFile> Withheld, EquatableArray<EnvironmentContribution> Environments);

    private static IncrementalValuesProvider<WorkloadSpec> Workloads(IncrementalGeneratorInitializationContext context, string metadataName, WorkloadKind kind, string trackingName)
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                metadataName,
                // Records are classes too: [Deployment] on a record is a workload like any other.
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                (attributeContext, cancellationToken) => Parse(attributeContext, kind, cancellationToken))
            .WithTrackingName(trackingName)
            .Where(static workload => workload is not null)
            .Select(static (workload, _) => workload!);

    private static WorkloadSpec? Parse(GeneratorAttributeSyntaxContext context, WorkloadKind kind, CancellationToken cancellationToken)
        => context.TargetSymbol is INamedTypeSymbol type
            && WorkloadParser.Parse(type, cancellationToken) is { } spec
            // A class with both workload attributes is parsed once, as the first; the analyzer reports the second.
            && spec.Kind == kind
                ? spec
                : null;

    private static IncrementalValuesProvider<ClassOutput> Outputs(IncrementalValuesProvider<WorkloadSpec> workloads, IncrementalValueProvider<BuildSettings> defaults)
        => workloads
            .Combine(defaults)
            .Select(static (pair, _) => Output(pair.Left, pair.Right));

    /// <summary>A valid workload's documents; an invalid one's objects, withheld with the first problem as the reason.</summary>
    private static ClassOutput Output(WorkloadSpec workload, BuildSettings defaults)
    {
        var className = ClassNames.Display(workload.ClassName);
        var problems = EnvironmentValidator.ValidateViews(workload, defaults.Defaults);
        var problem = defaults.Problem ?? FirstProblem(problems);
        if (problem is null)
        {
            return Written(className, workload, defaults);
        }
        var more = defaults.Problem is null ? Errors(problems) - 1 : 0;
        var reason = Reason(className, problem, more);
        var withheld = WorkloadResolver.Objects(workload, defaults.Defaults).Select(claim => new WithheldObject(claim.File, reason));
        return new ClassOutput(className, EquatableArray<ManifestDocument>.Empty, withheld.ToEquatableArray());
    }

    /// <summary>
    /// A valid workload's documents: its base objects (as no environment changes them, with the tags CI sets), and for
    /// each environment the patches of what it changes and the tag of every image it runs.
    /// </summary>
    private static ClassOutput Written(string className, WorkloadSpec workload, BuildSettings settings)
    {
        var defaults = settings.Defaults;
        var baseline = WorkloadResolver.Resolve(EnvironmentView.Of(workload, null, settings.Tags), defaults);
        if (defaults.Environments.IsEmpty)
        {
            return new ClassOutput(className, WorkloadYaml.Emit(baseline), EquatableArray<WithheldObject>.Empty);
        }
        var patches = new List<ManifestDocument>();
        var contributions = new List<EnvironmentContribution>();
        foreach (var environment in defaults.Environments)
        {
            var name = environment.Name.Value;
            var changed = WorkloadResolver.Resolve(EnvironmentView.Of(workload, name, settings.Tags), defaults);
            var environmentPatches = EnvironmentYaml.Patches(baseline, changed, name);
            patches.AddRange(environmentPatches);
            var prefix = EnvironmentYaml.Folder(name).Length + 1;
            contributions.Add(new EnvironmentContribution(
                name,
                environmentPatches.Select(patch => patch.File.Path.Substring(prefix)).ToEquatableArray(),
                EnvironmentYaml.Images(changed).ToEquatableArray()));
        }
        return new ClassOutput(className, WorkloadYaml.Emit(baseline), EquatableArray<WithheldObject>.Empty, contributions.ToEquatableArray(), patches.ToEquatableArray());
    }

    /// <summary>A valid ConfigMap class's document; an invalid one's ConfigMap, withheld with the first problem as the reason.</summary>
    private static ClassOutput Output(ConfigMapSpec configMap, BuildSettings defaults)
    {
        var className = ClassNames.Display(configMap.ClassName);
        var problems = ConfigValidator.Validate(configMap);
        var problem = defaults.Problem ?? FirstProblem(problems);
        if (problem is null)
        {
            return new ClassOutput(className, ImmutableArray.Create(ConfigYaml.ConfigMap(WorkloadResolver.Resolve(configMap, defaults.Defaults))).ToEquatableArray(), EquatableArray<WithheldObject>.Empty);
        }
        var reason = Reason(className, problem, defaults.Problem is null ? Errors(problems) - 1 : 0);
        return new ClassOutput(className, EquatableArray<ManifestDocument>.Empty, ImmutableArray.Create(new WithheldObject(WorkloadResolver.Object(configMap, defaults.Defaults), reason)).ToEquatableArray());
    }

    /// <summary>Every class's claims, from every kind of class, in one value.</summary>
    private static IncrementalValueProvider<ImmutableArray<ClassClaims>> AllClaims(IncrementalValuesProvider<ClassOutput>[] outputs)
    {
        var all = outputs[0].Select(static (output, _) => Claims(output)).Collect();
        for (var i = 1; i < outputs.Length; i++)
        {
            all = all.Combine(outputs[i].Select(static (output, _) => Claims(output)).Collect())
                .Select(static (pair, _) => pair.Left.AddRange(pair.Right));
        }
        return all;
    }

    /// <summary>
    /// The first problem that keeps an object from being written: an error. A warning (a volume nothing mounts, a
    /// dependency no Service reaches) is the analyzers' to report; the object is still valid Kubernetes.
    /// </summary>
    private static ManifestProblem? FirstProblem(ImmutableArray<ManifestProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (problem.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                return problem;
            }
        }
        return null;
    }

    private static int Errors(ImmutableArray<ManifestProblem> problems) => problems.Count(problem => problem.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);

    /// <summary>Why a class's objects get no YAML, as the build shows it: the class, and its first error with its ID.</summary>
    private static string Reason(string className, ManifestProblem problem, int more)
        => $"'{className}' has an error, {problem.Describe()}" + (more > 0 ? $" (and {more} more)" : string.Empty);

    private static ClassClaims Claims(ClassOutput output)
        => new(
            output.ClassName,
            output.Documents.Select(document => document.File).ToEquatableArray(),
            output.Withheld.Select(withheld => withheld.File).ToEquatableArray(),
            output.Environments);

    /// <summary>An object another class declares too, as this class's claim: the class gets no YAML, and this is why.</summary>
    private sealed record ContestedClaim(string ClassName, ObjectFile File, string Reason);

    /// <summary>Every claim to an object that more than one class declares; in a stable order, so that equal sets compare equal.</summary>
    private static EquatableArray<ContestedClaim> Contested(ImmutableArray<ClassClaims> classes)
    {
        var claims = classes.SelectMany(c => c.Written.Concat(c.Withheld), (c, file) => (c.ClassName, File: file));
        var contested = new List<ContestedClaim>();
        foreach (var group in DuplicateObjects.Find(claims, claim => claim.File))
        {
            var ordered = group.OrderBy(claim => claim.ClassName, System.StringComparer.Ordinal).ToList();
            foreach (var claim in ordered)
            {
                var others = ordered.Where(other => other.ClassName != claim.ClassName).Select(other => (other.ClassName, other.File.Kind));
                contested.Add(new ContestedClaim(claim.ClassName, claim.File, Reason(claim.ClassName, DuplicateObjects.Problem(claim.File, others), more: 0)));
            }
        }
        return contested
            .OrderBy(c => c.ClassName, System.StringComparer.Ordinal)
            .ThenBy(c => c.File.Path, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static void EmitClassFiles(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ClassOutput> outputs,
        IncrementalValueProvider<EquatableArray<ContestedClaim>> contested)
    {
        var files = outputs
            .Combine(contested)
            .Select(static (pair, _) => WithoutContested(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.WorkloadFiles);
        context.RegisterSourceOutput(files, static (output, workload) =>
            output.AddSource(SourceEmitter.HintName(workload), SourceEmitter.EmitClass(workload)));
    }

    /// <summary>
    /// A class that declares a contested object writes none of its objects: the contested ones are withheld with the
    /// clash as the reason, the others (a clashing workload's Service, say) with the class's first clash.
    /// </summary>
    private static ClassOutput WithoutContested(ClassOutput output, EquatableArray<ContestedClaim> contested)
    {
        var clashes = contested.Where(claim => claim.ClassName == output.ClassName).ToList();
        if (clashes.Count == 0)
        {
            return output;
        }
        var withheld = output.Objects.Select(file => new WithheldObject(file, (clashes.Find(claim => claim.File == file) ?? clashes[0]).Reason));
        return new ClassOutput(output.ClassName, EquatableArray<ManifestDocument>.Empty, withheld.ToEquatableArray());
    }

    private static DocumentIndex Index(ImmutableArray<ClassClaims> classes, EquatableArray<ContestedClaim> contested, BuildSettings settings, EquatableArray<string> resources)
    {
        var defaults = settings.Defaults;
        var written = classes.Where(c => !contested.Any(claim => claim.ClassName == c.ClassName)).ToList();
        var folder = WorkloadResolver.Folder(defaults);
        // Invalid defaults (an environment name that cannot name a folder, say) withhold every object, and so every layer.
        var environments = (settings.Problem is null ? defaults.Environments : EquatableArray<EnvironmentSpec>.Empty)
            .Select(environment => environment.Name.Value)
            .Distinct()
            .Select(name => new EnvironmentIndex(
                name,
                written.SelectMany(c => c.Environments).Where(e => e.Environment == name).SelectMany(e => e.Patches).OrderBy(path => path, System.StringComparer.Ordinal).ToEquatableArray(),
                Images(written.SelectMany(c => c.Environments).Where(e => e.Environment == name).SelectMany(e => e.Images))))
            .ToEquatableArray();
        return new DocumentIndex(
            !classes.IsEmpty,
            folder,
            settings.Problem is null && defaults.CreateNamespace && defaults.Namespace is { } ns ? new ObjectFile(ObjectKind.Namespace, ns, null, folder) : null,
            written.SelectMany(c => c.Written).Select(file => file.Path).OrderBy(path => path, System.StringComparer.Ordinal).ToEquatableArray(),
            environments,
            resources);
    }

    /// <summary>
    /// One entry per repository, in order: kustomize sets one tag per image name, so when two workloads run two tags of
    /// one repository the first (in repository and tag order) is kept.
    /// </summary>
    private static EquatableArray<ImageEntry> Images(IEnumerable<ImageEntry> images)
        => images
            .GroupBy(image => image.Name)
            .Select(group => group.OrderBy(image => image.Tag, System.StringComparer.Ordinal).ThenBy(image => image.Digest, System.StringComparer.Ordinal).First())
            .OrderBy(image => image.Name, System.StringComparer.Ordinal)
            .ToEquatableArray();
}
