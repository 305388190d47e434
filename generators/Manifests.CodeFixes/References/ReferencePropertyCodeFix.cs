using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.References;

/// <summary>
/// KM405 for a class written as the other kind of reference (<c>Secret = typeof(ShopConfig)</c> where ShopConfig is a
/// ConfigMap): renames the argument to the property the class is for (<c>ConfigMap = typeof(ShopConfig)</c>). The
/// analyzer names that property; nothing else of the attribute changes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReferencePropertyCodeFix)), Shared]
public sealed class ReferencePropertyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnresolvedReference);

    public override FixAllProvider GetFixAllProvider() => OneByOneFixAll.For(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticProperties.ReadProperty(diagnostic) is not { } property
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not TypeOfExpressionSyntax typeOf
                || typeOf.Parent is not AttributeArgumentSyntax { NameEquals: { } nameEquals })
            {
                continue;
            }
            var renamed = nameEquals.WithName(SyntaxFactory.IdentifierName(property).WithTriviaFrom(nameEquals.Name));
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Write {property} = {typeOf}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(nameEquals, renamed))),
                    nameof(ReferencePropertyCodeFix)),
                diagnostic);
        }
    }
}
