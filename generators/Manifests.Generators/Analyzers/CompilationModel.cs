using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Emitting;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Analyzers;

/// <summary>A class's Manifests attributes and, as what it is (a workload, a ConfigMap, a Secret), its model.</summary>
internal sealed record ParsedClass(ImmutableArray<OwnedAttribute> Attributes, WorkloadSpec? Workload, ConfigMapSpec? ConfigMap, SecretSpec? Secret)
{
    /// <summary>Whether the class is any of the objects Manifests knows.</summary>
    public bool IsObject => Workload is not null || ConfigMap is not null || Secret is not null;
}

/// <summary>
/// What every analyzer reads of one compilation, read once for all of them and released with the compilation: the
/// assembly defaults, each class's model (object, image and scheduling rules all read the same model), and the
/// project's components for KM204, which need every workload up front.
/// </summary>
internal sealed class CompilationModel
{
    private static readonly ConditionalWeakTable<Compilation, CompilationModel> PerCompilation = new();

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ParsedClass> classes = new(SymbolEqualityComparer.Default);
    private readonly object gate = new();
    private ManifestDefaults? defaults;
    private INamedTypeSymbol[]? types;
    private int nextType;
    private ProjectComponents? components;

    private CompilationModel(Compilation compilation) => this.compilation = compilation;

    public static CompilationModel For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new CompilationModel(c));

    /// <summary>The assembly's <c>[assembly: ManifestDefaults]</c> and common labels.</summary>
    public ManifestDefaults Defaults(CancellationToken cancellationToken)
        => Volatile.Read(ref defaults) ?? Interlocked.CompareExchange(ref defaults, DefaultsParser.Parse(compilation.Assembly, cancellationToken), null) ?? defaults!;

    /// <summary>A class's Manifests attributes and model, parsed on first need.</summary>
    public ParsedClass Class(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (classes.TryGetValue(type, out var known))
        {
            return known;
        }
        var attributes = WorkloadAttributes.Collect(type);
        var parsed = attributes.IsEmpty
            ? new ParsedClass(attributes, null, null, null)
            : new ParsedClass(
                attributes,
                WorkloadParser.Parse(type, attributes, cancellationToken),
                ConfigParser.ParseConfigMap(type, attributes),
                ConfigParser.ParseSecret(type, attributes));
        return classes.GetOrAdd(type, parsed);
    }

    /// <summary>
    /// Every workload of the compilation as <see cref="ProjectComponents"/>, built once, on first need. Building it
    /// parses every class, so the threads that need it meanwhile share that work instead of waiting for one of them:
    /// each takes the next class not yet taken, from the last class backwards (the compiler binds declarations from
    /// the first onwards, and two threads binding one class both do the whole work). A cancelled build leaves only
    /// parsed classes behind, so the next caller simply carries on.
    /// </summary>
    public ProjectComponents Components(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref components) is { } built)
        {
            return built;
        }
        var all = LazyInitializer.EnsureInitialized(ref types, () => Types(compilation.Assembly.GlobalNamespace).ToArray())!;
        for (var i = Interlocked.Increment(ref nextType) - 1; i < all.Length; i = Interlocked.Increment(ref nextType) - 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Class(all[all.Length - 1 - i], cancellationToken);
        }
        lock (gate)
        {
            // Every class is taken; one still in flight on another thread is parsed here too rather than waited for.
            if (components is null)
            {
                var workloads = new List<WorkloadSpec>();
                foreach (var type in all)
                {
                    if (Class(type, cancellationToken).Workload is { } workload)
                    {
                        workloads.Add(workload);
                    }
                }
                components = ProjectComponents.Build(workloads, Defaults(cancellationToken));
            }
            return components;
        }
    }

    /// <summary>
    /// Every type the assembly declares, nested ones included (a workload may be nested in a class), except the
    /// generated classes that carry the YAML: reading their attributes would bind every document's text.
    /// </summary>
    private static IEnumerable<INamedTypeSymbol> Types(INamespaceOrTypeSymbol container)
    {
        var members = container is INamespaceSymbol ns
            ? ns.GetMembers().OfType<INamespaceOrTypeSymbol>()
            : ((INamedTypeSymbol)container).GetTypeMembers();
        foreach (var member in members)
        {
            if (member is INamespaceSymbol @namespace && @namespace.ToDisplayString() == SourceEmitter.FilesNamespace)
            {
                continue;
            }
            if (member is INamedTypeSymbol type)
            {
                yield return type;
            }
            foreach (var nested in Types(member))
            {
                yield return nested;
            }
        }
    }
}
