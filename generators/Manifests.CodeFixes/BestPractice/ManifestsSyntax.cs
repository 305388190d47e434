using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>
/// What the best-practice fixes share: telling the Manifests attributes apart by what they bind to (an alias or a
/// qualified name is still the attribute), finding the class a container or a workload is declared by, and adding an
/// attribute the way the class's attributes are already written.
/// </summary>
internal static class ManifestsSyntax
{
    /// <summary>The attributes that describe one container, beside its <c>[Container]</c>.</summary>
    private static readonly Type[] ContainerAttributes =
    [
        typeof(ContainerAttribute), typeof(InitContainerAttribute), typeof(PortAttribute), typeof(EnvAttribute), typeof(EnvFromAttribute),
        typeof(ResourcesAttribute), typeof(MountAttribute), typeof(ReadinessProbeAttribute), typeof(LivenessProbeAttribute),
        typeof(StartupProbeAttribute), typeof(SecurityContextAttribute),
    ];

    private static readonly Type[] WorkloadAttributes = [typeof(DeploymentAttribute), typeof(ReplicaSetAttribute), typeof(StatefulSetAttribute)];

    /// <summary>Whether <paramref name="attribute"/> is one of the contract's <paramref name="types"/>.</summary>
    public static bool Is(AttributeData attribute, params Type[] types)
        => attribute.AttributeClass is { } attributeClass && Array.Exists(types, type => attributeClass.ToDisplayString() == type.FullName);

    /// <summary>Whether the attribute written at <paramref name="syntax"/> binds to one of the contract's <paramref name="types"/>.</summary>
    public static bool Is(SemanticModel model, AttributeSyntax syntax, CancellationToken cancellationToken, params Type[] types)
        => model.GetSymbolInfo(syntax, cancellationToken).Symbol is IMethodSymbol { ContainingType: var attributeClass }
            && Array.Exists(types, type => attributeClass.ToDisplayString() == type.FullName);

    /// <summary>Whether the class is a workload: it carries <c>[Deployment]</c>, <c>[ReplicaSet]</c> or <c>[StatefulSet]</c>.</summary>
    public static bool IsWorkload(INamedTypeSymbol type) => type.GetAttributes().Any(a => Is(a, WorkloadAttributes));

    /// <summary>The attribute a diagnostic is on or inside (an argument of it), with the class declaration it sits on.</summary>
    public static (AttributeSyntax Attribute, ClassDeclarationSyntax Declaration)? AttributeAt(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is { Parent: AttributeListSyntax { Parent: ClassDeclarationSyntax declaration } } attribute
            ? (attribute, declaration)
            : null;

    /// <summary>
    /// The workload class declaration a container attribute belongs to: the class it is on when that class is the
    /// workload, else the class around it (a nested container class).
    /// </summary>
    public static ClassDeclarationSyntax? WorkloadDeclaration(SemanticModel model, ClassDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }
        return IsWorkload(type) ? declaration : declaration.Parent as ClassDeclarationSyntax;
    }

    /// <summary>
    /// Where a new container attribute goes in <paramref name="declaration"/>: after the last attribute list that holds
    /// one of the container's attributes, so that it joins them (and stays above a workload's <c>[Service]</c>).
    /// </summary>
    public static int ContainerAnchor(SemanticModel model, ClassDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var lists = declaration.AttributeLists;
        for (var i = lists.Count - 1; i >= 0; i--)
        {
            if (lists[i].Attributes.Any(a => Is(model, a, cancellationToken, ContainerAttributes)))
            {
                return i;
            }
        }
        return lists.Count - 1;
    }

    /// <summary>"Manifests." when <paramref name="example"/> is written qualified, so that a new attribute is written like it.</summary>
    public static string Qualifier(AttributeSyntax example)
        => example.Name is QualifiedNameSyntax or AliasQualifiedNameSyntax ? typeof(ContainerAttribute).Namespace + "." : string.Empty;

    /// <summary>
    /// <paramref name="declaration"/> with the attribute list <paramref name="text"/> (<c>[X(...)]</c>) inserted after the
    /// list at <paramref name="anchor"/>: on a line of its own, indented alike, when that list is on one, else after it
    /// on the same line.
    /// </summary>
    public static ClassDeclarationSyntax InsertAttributeList(ClassDeclarationSyntax declaration, int anchor, string text)
    {
        var anchorList = declaration.AttributeLists[anchor];
        var list = ((MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(text + " class C { }")!).AttributeLists[0];
        var endOfLine = anchorList.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            var leading = anchorList.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(leading.Last()) : SyntaxFactory.TriviaList();
            list = list.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine);
        }
        else
        {
            list = list.WithLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space);
        }
        return declaration.WithAttributeLists(declaration.AttributeLists.Insert(anchor + 1, list));
    }

    /// <summary>The line break the document uses after <paramref name="node"/>, else "\n".</summary>
    public static string EndOfLine(SyntaxNode node)
    {
        var trivia = node.DescendantTrivia(descendIntoTrivia: false).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return trivia.IsKind(SyntaxKind.EndOfLineTrivia) ? trivia.ToString() : "\n";
    }

    /// <summary>The whitespace that indents <paramref name="node"/>'s first line.</summary>
    public static string Indentation(SyntaxNode node)
    {
        var leading = node.GetLeadingTrivia();
        return leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last().ToString() : string.Empty;
    }

    /// <summary>A C# string literal for <paramref name="value"/>, escaped as the compiler would write it.</summary>
    public static string Literal(string value) => SyntaxFactory.Literal(value).Text;
}
