using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Benchmarks.Floor;

/// <summary>
/// The least any generator of these attributes can cost: it enters through ForAttributeWithMetadataName exactly as
/// ManifestGenerator does (on every workload kind and on ConfigMap classes, classes and records alike), has Roslyn bind
/// the attributes ManifestGenerator reads (each class's own and its nested classes', those of every class an argument
/// names with <c>typeof</c>, like a Secret or ConfigMap, and the assembly's), touches each argument, and then does
/// nothing: no model, no validation, no YAML, no source. ManifestGenerator's times are reported as multiples of this one's.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AttributeFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The assembly's attributes, read on every compilation as ManifestGenerator reads its defaults.
        var assembly = context.CompilationProvider.Select(static (compilation, _) => Read(compilation.Assembly.GetAttributes(), followTypes: false));

        // Every class ManifestGenerator enters through, by the same metadata names (the contract's types are compiled into
        // the generator assembly too, so typeof would be ambiguous here).
        var deployments = Classes(context, "Manifests.DeploymentAttribute");
        var replicaSets = Classes(context, "Manifests.ReplicaSetAttribute");
        var statefulSets = Classes(context, "Manifests.StatefulSetAttribute");
        var configMaps = Classes(context, "Manifests.ConfigMapAttribute");

        // A pipeline without an output is never run: consume the values, and add nothing.
        var all = deployments.Collect().Combine(replicaSets.Collect()).Combine(statefulSets.Collect()).Combine(configMaps.Collect()).Combine(assembly);
        context.RegisterSourceOutput(all, static (_, _) => { });
    }

    private static IncrementalValuesProvider<int> Classes(IncrementalGeneratorInitializationContext context, string metadataName)
        => context.SyntaxProvider.ForAttributeWithMetadataName(
            metadataName,
            static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
            static (attributeContext, cancellationToken) => Touch(attributeContext.TargetSymbol, cancellationToken));

    /// <summary>Binds and reads every attribute of the class and its nested classes; the result is a plain number.</summary>
    private static int Touch(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol type)
        {
            return 0;
        }
        var sum = Read(type.GetAttributes(), followTypes: true);
        foreach (var nested in type.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            sum += Read(nested.GetAttributes(), followTypes: true);
        }
        return sum;
    }

    /// <summary>Reads each attribute's class and arguments; with <paramref name="followTypes"/>, also the attributes of a class an argument names.</summary>
    private static int Read(IEnumerable<AttributeData> attributes, bool followTypes)
    {
        var sum = 0;
        foreach (var attribute in attributes)
        {
            sum += attribute.AttributeClass?.Name.Length ?? 0;
            foreach (var argument in attribute.ConstructorArguments)
            {
                sum += Read(argument, followTypes);
            }
            foreach (var argument in attribute.NamedArguments)
            {
                sum += Read(argument.Value, followTypes);
            }
        }
        return sum;
    }

    private static int Read(TypedConstant argument, bool followTypes) => argument.Kind switch
    {
        TypedConstantKind.Array => argument.Values.Sum(value => Read(value, followTypes)),
        // ManifestGenerator reads the referenced class's own attributes (what it is, its name, keys), never further.
        TypedConstantKind.Type when followTypes && argument.Value is INamedTypeSymbol type => Read(type.GetAttributes(), followTypes: false),
        _ => argument.Value is string text ? text.Length : 1,
    };
}
