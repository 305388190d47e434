using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>Adds named arguments to an attribute as a person would write them: after the others, separated by ", ".</summary>
internal static class AttributeArguments
{
    /// <summary>Whether <paramref name="attribute"/> sets the property <paramref name="name"/>.</summary>
    public static bool Sets(AttributeSyntax attribute, string name)
        => attribute.ArgumentList?.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == name) ?? false;

    /// <summary><paramref name="attribute"/> with <paramref name="arguments"/> (C# text, <c>Name = value</c>) appended.</summary>
    public static AttributeSyntax Append(AttributeSyntax attribute, IEnumerable<string> arguments)
    {
        var added = arguments.ToList();
        if (added.Count == 0)
        {
            return attribute;
        }
        var list = attribute.ArgumentList;
        if (list is null || list.Arguments.Count == 0)
        {
            var written = SyntaxFactory.ParseAttributeArgumentList("(" + string.Join(", ", added) + ")")!;
            return attribute.WithArgumentList(list is null ? written : written.WithTriviaFrom<AttributeArgumentListSyntax>(list));
        }
        var nodes = new List<AttributeArgumentSyntax>(list.Arguments);
        var separators = new List<SyntaxToken>(list.Arguments.GetSeparators());
        foreach (var text in added)
        {
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            nodes.Add(Parse(text));
        }
        return attribute.WithArgumentList(list.WithArguments(SyntaxFactory.SeparatedList(nodes, separators)));
    }

    /// <summary>One argument from its C# text: <c>Key = "DB_PASSWORD"</c>.</summary>
    public static AttributeArgumentSyntax Parse(string text) => SyntaxFactory.ParseAttributeArgumentList("(" + text + ")")!.Arguments[0];
}
