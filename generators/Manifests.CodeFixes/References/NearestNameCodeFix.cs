using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Manifests.CodeFixes.References;

/// <summary>
/// For a misspelt name of something the project declares: a probe's port name (KM404), a Secret or ConfigMap key
/// written as <c>Key</c> (KM405), a mounted volume (KM406). The analyzer names the nearest declared one, within two
/// edits, only when there is one; this writes it in place of the string literal. Nothing is offered without a
/// suggestion, or when the name is not a literal.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NearestNameCodeFix)), Shared]
public sealed class NearestNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ProbePortNotExposed, DiagnosticIds.UnresolvedReference, DiagnosticIds.VolumeNotDeclaredOrMounted);

    public override FixAllProvider GetFixAllProvider() => OneByOneFixAll.For(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticProperties.ReadSuggestion(diagnostic) is not { } suggestion
                || root is null
                || StringLiteralReplacement.Find(root, diagnostic) is not { } literal
                || literal.Token.ValueText == suggestion)
            {
                continue;
            }
            context.RegisterCodeFix(
                // One key per rule: the light bulb groups the actions of a rule.
                StringLiteralReplacement.Create($"Use '{suggestion}'", context.Document, root, literal, suggestion, nameof(NearestNameCodeFix) + ":" + diagnostic.Id),
                diagnostic);
        }
    }
}
