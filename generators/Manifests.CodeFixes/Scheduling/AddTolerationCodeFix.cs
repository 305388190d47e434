using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Scheduling;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis;

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
            foreach (var property in diagnostic.Properties.Where(p => p.Key.StartsWith(SchedulingAnalyzer.TolerationPropertyPrefix, System.StringComparison.Ordinal)).OrderBy(p => p.Key, System.StringComparer.Ordinal))
            {
                var parts = property.Value?.Split('\n');
                if (parts is not { Length: 3 })
                {
                    continue;
                }
                var taint = new NodeTaint(parts[0], parts[1], parts[2]);
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
        var qualifier = workloadAttribute.Name is QualifiedNameSyntax or AliasQualifiedNameSyntax ? "Manifests." : string.Empty;
        var value = taint.Value.Length > 0 ? ", Value = " + SymbolDisplay.FormatLiteral(taint.Value, quote: true) : string.Empty;
        var text = $"[{qualifier}Toleration({SymbolDisplay.FormatLiteral(taint.Key, quote: true)}{value}, Effect = {qualifier}TaintEffect.{taint.Effect})]";
        var parsed = (MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text + " class C { }")!;

        var indentation = list.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault();
        var toleration = parsed.AttributeLists[0]
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(list.GetTrailingTrivia());

        var index = declaration.AttributeLists.IndexOf(list);
        var updated = declaration.WithAttributeLists(declaration.AttributeLists.Insert(index + 1, toleration));
        return document.WithSyntaxRoot(root!.ReplaceNode(declaration, updated));
    }
}
