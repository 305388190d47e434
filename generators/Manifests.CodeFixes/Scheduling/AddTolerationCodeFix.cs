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

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is not { } workloadAttribute
                || workloadAttribute.Parent is not AttributeListSyntax list
                || list.Parent is not ClassDeclarationSyntax)
            {
                continue;
            }
            foreach (var taint in DiagnosticProperties.ReadTolerations(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Tolerate {taint} ({taint.Effect})",
                        cancellationToken => AddAsync(context.Document, list, workloadAttribute, taint, cancellationToken),
                        equivalenceKey: $"{DiagnosticIds.Unschedulable}:{taint.Key}={taint.Value}:{taint.Effect}"),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddAsync(Document document, AttributeListSyntax list, AttributeSyntax workloadAttribute, NodeTaint taint, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var declaration = (ClassDeclarationSyntax)list.Parent!;

        // Written the way the workload attribute is written: qualified when it is.
        var qualifier = workloadAttribute.Name is QualifiedNameSyntax or AliasQualifiedNameSyntax ? typeof(TolerationAttribute).Namespace + "." : string.Empty;
        var parsed = (MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(SchedulingAdvice.Toleration(taint, qualifier) + " class C { }")!;

        var indentation = list.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var toleration = parsed.AttributeLists[0]
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(list.GetTrailingTrivia());

        var index = declaration.AttributeLists.IndexOf(list);
        var updated = declaration.WithAttributeLists(declaration.AttributeLists.Insert(index + 1, toleration));
        return document.WithSyntaxRoot(root!.ReplaceNode(declaration, updated));
    }
}
