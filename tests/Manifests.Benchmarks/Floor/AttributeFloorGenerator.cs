using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Benchmarks.Floor;

/// <summary>
/// The least any generator of these attributes can cost: it enters through ForAttributeWithMetadataName exactly as
/// ManifestGenerator does, has Roslyn bind every attribute of each workload class and of its nested classes (the
/// same attributes ManifestGenerator reads), touches each argument, and then does nothing: no model, no validation,
/// no YAML, no source. ManifestGenerator's times are reported as multiples of this one's.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AttributeFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var deployments = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Manifests.DeploymentAttribute",
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => Touch(attributeContext.TargetSymbol, cancellationToken));
        var replicaSets = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Manifests.ReplicaSetAttribute",
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, cancellationToken) => Touch(attributeContext.TargetSymbol, cancellationToken));

        // A pipeline without an output is never run: consume the values, and add nothing.
        context.RegisterSourceOutput(deployments.Collect().Combine(replicaSets.Collect()), static (_, _) => { });
    }

    /// <summary>Binds and reads every attribute of the class and its nested classes; the result is a plain number.</summary>
    private static int Touch(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol type)
        {
            return 0;
        }
        var sum = Read(type);
        foreach (var nested in type.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            sum += Read(nested);
        }
        return sum;
    }

    private static int Read(INamedTypeSymbol type)
    {
        var sum = 0;
        foreach (var attribute in type.GetAttributes())
        {
            sum += attribute.AttributeClass?.Name.Length ?? 0;
            foreach (var argument in attribute.ConstructorArguments)
            {
                sum += argument.Value is string text ? text.Length : 1;
            }
            foreach (var argument in attribute.NamedArguments)
            {
                sum += argument.Value.Value is string text ? text.Length : 1;
            }
        }
        return sum;
    }
}
