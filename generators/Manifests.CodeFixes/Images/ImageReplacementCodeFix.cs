using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Manifests.CodeFixes.Images;

/// <summary>
/// Replaces an image string with the image the analyzer worked out, when it knows one: the lower-cased (or trimmed)
/// reference for KM201, the catalog's copy in an allowed registry for KM202, the closest catalog entry for KM203, the
/// component's own image for KM204, and the newest catalog tag for KM205. The analyzer puts the replacement in the
/// diagnostic; without one, or when the image is not a string literal (a constant, an interpolation), nothing is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImageReplacementCodeFix)), Shared]
public sealed class ImageReplacementCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.MalformedImage,
        DiagnosticIds.RegistryNotAllowed,
        DiagnosticIds.ImageNotInCatalog,
        DiagnosticIds.ImageOfAnotherComponent,
        DiagnosticIds.MutableImageTag);

    public override FixAllProvider GetFixAllProvider() => StringLiteralReplacement.FixAll((diagnostic, _) => DiagnosticProperties.ReadReplacement(diagnostic));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticProperties.ReadReplacement(diagnostic) is not { } replacement
                || root is null
                || StringLiteralReplacement.Find(root, diagnostic) is not { } literal
                || literal.Token.ValueText == replacement)
            {
                continue;
            }
            context.RegisterCodeFix(
                // One key per rule, so that "fix all" applies each diagnostic's own replacement.
                StringLiteralReplacement.Create(Title(diagnostic.Id, replacement), context.Document, root, literal, replacement, nameof(ImageReplacementCodeFix) + ":" + diagnostic.Id),
                diagnostic);
        }
    }

    private static string Title(string id, string replacement) => id switch
    {
        DiagnosticIds.MutableImageTag => $"Pin to '{replacement}'",
        DiagnosticIds.ImageNotInCatalog => $"Use '{replacement}' from the image catalog",
        DiagnosticIds.RegistryNotAllowed => $"Use '{replacement}' from an allowed registry",
        DiagnosticIds.ImageOfAnotherComponent => $"Use this component's image '{replacement}'",
        _ => $"Use '{replacement}'",
    };
}
