using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.Exposure;

/// <summary>
/// For an argument whose right value is the default Manifests already derives: removes <c>Replicas = n</c> from an
/// autoscaled workload's attribute (KM412: the autoscaler owns the count) and <c>Port = n</c> from an [Ingress] to a
/// port its Service lacks (KM408: the Ingress then goes to the Service's port). An attribute left without arguments
/// loses its parentheses.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveArgumentCodeFix)), Shared]
public sealed class RemoveArgumentCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ReplicasOfAutoscaledWorkload, DiagnosticIds.IngressPortNotOnService);

    public override FixAllProvider GetFixAllProvider() => OneByOneFixAll.For(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { NameEquals: { } name } argument
                || argument.Parent is not AttributeArgumentListSyntax)
            {
                continue;
            }
            var title = diagnostic.Id == DiagnosticIds.ReplicasOfAutoscaledWorkload
                ? "Remove Replicas: the autoscaler owns the count"
                : "Remove Port: go to the Service's port";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, argument))),
                    // One key per rule: the light bulb groups the actions of a rule.
                    equivalenceKey: nameof(RemoveArgumentCodeFix) + "." + name.Name.Identifier.ValueText),
                diagnostic);
        }
    }

    private static SyntaxNode Remove(SyntaxNode root, AttributeArgumentSyntax argument)
    {
        var list = (AttributeArgumentListSyntax)argument.Parent!;
        return list.Arguments.Count == 1
            ? root.RemoveNode(list, SyntaxRemoveOptions.KeepExteriorTrivia)!
            : root.ReplaceNode(list, list.WithArguments(list.Arguments.Remove(argument)));
    }
}
