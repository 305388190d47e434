using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>
/// Adds keys to a <c>[Secret(..., Keys = ...)]</c> the way its list is written: <c>new[] { … }</c>,
/// <c>new string[] { … }</c> or <c>[ … ]</c>, on one line or one key a line (a trailing comma kept).
/// </summary>
internal static class SecretKeys
{
    /// <summary>Whether keys can be added: the list is written in place, or not written at all.</summary>
    public static bool CanAdd(AttributeSyntax secret) => Keys(secret) is not { } keys || keys is ImplicitArrayCreationExpressionSyntax or ArrayCreationExpressionSyntax { Initializer: not null } or CollectionExpressionSyntax;

    /// <summary><paramref name="secret"/> declaring <paramref name="keys"/> too, after the keys it declares.</summary>
    public static AttributeSyntax Add(AttributeSyntax secret, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return secret;
        }
        var literals = keys.Select(key => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key))).ToList();
        var written = "new[] { " + string.Join(", ", literals) + " }";
        if (Keys(secret) is not { } expression)
        {
            return AttributeArguments.Append(secret, [nameof(SecretAttribute.Keys) + " = " + written]);
        }
        ExpressionSyntax updated = expression switch
        {
            ImplicitArrayCreationExpressionSyntax { Initializer.Expressions.Count: > 0 } array
                => array.WithInitializer(array.Initializer.WithExpressions(Append(array.Initializer.Expressions, literals))),
            ArrayCreationExpressionSyntax { Initializer: { Expressions.Count: > 0 } initializer } array
                => array.WithInitializer(initializer.WithExpressions(Append(initializer.Expressions, literals))),
            CollectionExpressionSyntax { Elements.Count: > 0 } collection
                => collection.WithElements(Append(collection.Elements, literals.Select(l => (CollectionElementSyntax)SyntaxFactory.ExpressionElement(l)).ToList())),
            // An empty list: written anew.
            CollectionExpressionSyntax => SyntaxFactory.ParseExpression("[" + string.Join(", ", literals) + "]"),
            _ => SyntaxFactory.ParseExpression(written),
        };
        return secret.ReplaceNode(expression, updated.WithTriviaFrom(expression));
    }

    private static ExpressionSyntax? Keys(AttributeSyntax secret)
        => secret.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == nameof(SecretAttribute.Keys))?.Expression;

    /// <summary><paramref name="list"/> with <paramref name="items"/> after its last element, laid out like it.</summary>
    private static SeparatedSyntaxList<T> Append<T>(SeparatedSyntaxList<T> list, IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        var last = list[list.Count - 1];
        var lineBreakBefore = last.GetFirstToken().GetPreviousToken().TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var oneALine = lineBreakBefore.IsKind(SyntaxKind.EndOfLineTrivia);
        var leading = oneALine ? last.GetLeadingTrivia() : SyntaxFactory.TriviaList();

        var nodes = new List<T>(list);
        var separators = new List<SyntaxToken>(list.GetSeparators());
        if (list.SeparatorCount == list.Count)
        {
            // A trailing comma: each new key gets one like it.
            var trailingComma = separators[separators.Count - 1];
            foreach (var item in items)
            {
                nodes.Add(item.WithLeadingTrivia(oneALine ? leading : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
                separators.Add(trailingComma);
            }
            return SyntaxFactory.SeparatedList(nodes, separators);
        }

        // The new keys go between the last one and what followed it (" }" or a line break).
        nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
        var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(oneALine ? SyntaxFactory.TriviaList(lineBreakBefore) : SyntaxFactory.TriviaList(SyntaxFactory.Space));
        for (var i = 0; i < items.Count; i++)
        {
            separators.Add(comma);
            var item = items[i].WithLeadingTrivia(leading);
            nodes.Add(i == items.Count - 1 ? item.WithTrailingTrivia(last.GetTrailingTrivia()) : item);
        }
        return SyntaxFactory.SeparatedList(nodes, separators);
    }
}
