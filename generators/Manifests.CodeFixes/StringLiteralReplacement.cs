using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes;

/// <summary>
/// What the name and image fixes share: a diagnostic that squiggles a string literal, fixed by writing another string
/// in its place. A value that is not a literal (a constant, an interpolation) is left for the user.
/// </summary>
internal static class StringLiteralReplacement
{
    /// <summary>The string literal the diagnostic is on, or null.</summary>
    public static LiteralExpressionSyntax? Find(SyntaxNode? root, Diagnostic diagnostic)
        => root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal
                : null;

    /// <summary>An action that writes <paramref name="replacement"/> where <paramref name="literal"/> is.</summary>
    public static CodeAction Create(string title, Document document, SyntaxNode root, LiteralExpressionSyntax literal, string replacement, string equivalenceKey)
        => CodeAction.Create(
            title,
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, Literal(replacement, literal)))),
            equivalenceKey);

    /// <summary>
    /// Fix All: every squiggled literal of a document replaced at once, each by its own
    /// replacement. It does not depend on which action was chosen (<c>dotnet format</c> chooses one from whichever
    /// diagnostic comes first, possibly one of another rule), only on each diagnostic's own replacement.
    /// </summary>
    /// <param name="replacementFor">A diagnostic and its literal's text to the text to write, or null to leave it.</param>
    public static FixAllProvider FixAll(Func<Diagnostic, string, string?> replacementFor)
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return null;
            }
            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                if (Find(root, diagnostic) is { } literal
                    && replacementFor(diagnostic, literal.Token.ValueText) is { } replacement
                    && replacement != literal.Token.ValueText)
                {
                    replacements[literal] = Literal(replacement, literal);
                }
            }
            return replacements.Count == 0 ? null : document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        });

    private static LiteralExpressionSyntax Literal(string text, LiteralExpressionSyntax trivia)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(trivia);
}
