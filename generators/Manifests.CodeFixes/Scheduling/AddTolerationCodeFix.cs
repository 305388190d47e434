using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Scheduling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.Scheduling;

/// <summary>
/// For a pod no node accepts (KM301) because of a role taint (the load-balancer nodes' taint, say): adds the exact
/// <c>[Toleration(...)]</c> for it below the workload attribute. Never offered for the taints of sick nodes or of the
/// control plane: the analyzer leaves those out of the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTolerationCodeFix)), Shared]
public sealed class AddTolerationCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.Unschedulable);

    /// <summary>
    /// Fix All adds, to each workload, the toleration the chosen action adds when that workload's diagnostic offers the
    /// same taint; with no action chosen (as <c>dotnet format</c> may run it), each workload's first tolerable taint.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return null;
        }
        var additions = new Dictionary<ClassDeclarationSyntax, List<(AttributeListSyntax List, AttributeSyntax Attribute, NodeTaint Taint)>>();
        foreach (var diagnostic in diagnostics)
        {
            var taints = DiagnosticProperties.ReadTolerations(diagnostic);
            var taint = context.CodeActionEquivalenceKey is { } key ? taints.FirstOrDefault(t => EquivalenceKey(t) == key) : taints.FirstOrDefault();
            if (taint is not null && WorkloadAttribute(root, diagnostic) is var (list, attribute) && list.Parent is ClassDeclarationSyntax declaration)
            {
                if (!additions.TryGetValue(declaration, out var added))
                {
                    additions[declaration] = added = [];
                }
                added.Add((list, attribute, taint));
            }
        }
        if (additions.Count == 0)
        {
            return null;
        }
        var fixedRoot = root.ReplaceNodes(additions.Keys, (original, _) =>
            additions[original].Aggregate(original, (declaration, addition) => WithToleration(declaration, addition.List, addition.Attribute, addition.Taint)));
        return document.WithSyntaxRoot(fixedRoot);
    });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || WorkloadAttribute(root, diagnostic) is not var (list, attribute) || list.Parent is not ClassDeclarationSyntax)
            {
                continue;
            }
            foreach (var taint in DiagnosticProperties.ReadTolerations(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Tolerate {taint} ({taint.Effect})",
                        cancellationToken => AddAsync(context.Document, list, attribute, taint, cancellationToken),
                        equivalenceKey: EquivalenceKey(taint)),
                    diagnostic);
            }
        }
    }

    /// <summary>One key per taint, so that "fix all" adds the same toleration everywhere it helps.</summary>
    private static string EquivalenceKey(NodeTaint taint) => $"{DiagnosticIds.Unschedulable}:{taint.Key}={taint.Value}:{taint.Effect}";

    /// <summary>The workload attribute KM301 squiggles, in the attribute list on its class.</summary>
    private static (AttributeListSyntax List, AttributeSyntax Attribute)? WorkloadAttribute(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is { Parent: AttributeListSyntax list } attribute
            ? (list, attribute)
            : null;

    private static async Task<Document> AddAsync(Document document, AttributeListSyntax list, AttributeSyntax workloadAttribute, NodeTaint taint, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var declaration = (ClassDeclarationSyntax)list.Parent!;
        return document.WithSyntaxRoot(root!.ReplaceNode(declaration, WithToleration(declaration, list, workloadAttribute, taint)));
    }

    /// <summary><paramref name="declaration"/> with the toleration's attribute list inserted after <paramref name="list"/>, indented like it.</summary>
    private static ClassDeclarationSyntax WithToleration(ClassDeclarationSyntax declaration, AttributeListSyntax list, AttributeSyntax workloadAttribute, NodeTaint taint)
    {
        // Written the way the workload attribute is written: qualified when it is.
        var qualifier = workloadAttribute.Name is QualifiedNameSyntax or AliasQualifiedNameSyntax ? typeof(TolerationAttribute).Namespace + "." : string.Empty;
        var parsed = (MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(SchedulingAdvice.Toleration(taint, qualifier) + " class C { }")!;

        var indentation = list.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var toleration = parsed.AttributeLists[0]
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(list.GetTrailingTrivia());

        // Found by its text, as the declaration may be a copy already changed by Fix All.
        var index = declaration.AttributeLists.IndexOf(candidate => candidate.IsEquivalentTo(list));
        return declaration.WithAttributeLists(declaration.AttributeLists.Insert(index + 1, toleration));
    }
}
