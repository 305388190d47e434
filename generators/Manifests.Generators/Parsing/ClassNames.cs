using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// The name a class is known by: the key of its generated file and of its claims to objects (KM114), and the name the
/// build's messages give it. Fully qualified, and unique as an identity must be: a file-local class (<c>file class Web</c>)
/// shares its qualified name with any class of that name in another file, so it is told apart by its file, as the
/// compiler's own messages do (<c>Shop.Web@Jobs</c> for the one in Jobs.cs).
/// </summary>
internal static class ClassNames
{
    private const string Global = "global::";

    /// <summary>The class as the generator keys it: <c>global::Shop.Web</c>, <c>global::Shop.Web@Jobs</c>.</summary>
    public static string Of(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        for (var owner = type; owner is not null; owner = owner.ContainingType)
        {
            if (owner.IsFileLocal && owner.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.FilePath is { Length: > 0 } path)
            {
                return name + "@" + Path.GetFileNameWithoutExtension(path);
            }
        }
        return name;
    }

    /// <summary>The class as messages name it: <see cref="Of"/> without <c>global::</c>.</summary>
    public static string Display(INamedTypeSymbol type) => Display(Of(type));

    /// <inheritdoc cref="Display(INamedTypeSymbol)"/>
    public static string Display(string className)
        => className.StartsWith(Global, System.StringComparison.Ordinal) ? className.Substring(Global.Length) : className;
}
