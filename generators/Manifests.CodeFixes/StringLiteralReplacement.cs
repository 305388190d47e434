using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
            _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(literal)))),
            equivalenceKey);
}
