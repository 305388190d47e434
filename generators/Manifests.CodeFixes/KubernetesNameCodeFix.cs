using System.Collections.Immutable;
using System.Composition;
using System.Text;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Manifests.CodeFixes;

/// <summary>
/// For a name written as a string literal that breaks the Kubernetes naming rules (KM101 object names, KM102
/// namespaces, KM105 container names, KM107 port names): offers the nearest valid name, lower-cased, with '_', ' '
/// and other separators turned into '-'. Offered only when that name is valid under the same rule.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KubernetesNameCodeFix)), Shared]
public sealed class KubernetesNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.InvalidObjectName, DiagnosticIds.InvalidNamespace, DiagnosticIds.InvalidContainerName, DiagnosticIds.InvalidPortName);

    public override FixAllProvider GetFixAllProvider()
        => StringLiteralReplacement.FixAll((diagnostic, name) => DiagnosticProperties.ReadNameRule(diagnostic) is { } rule ? Suggest(name, rule) : null);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || DiagnosticProperties.ReadNameRule(diagnostic) is not { } rule
                || StringLiteralReplacement.Find(root, diagnostic) is not { } literal)
            {
                continue;
            }
            var suggestion = Suggest(literal.Token.ValueText, rule);
            if (suggestion is null || suggestion == literal.Token.ValueText)
            {
                continue;
            }
            context.RegisterCodeFix(
                // One key for every name, so "Fix all" renames every invalid name, not only those sharing this suggestion.
                StringLiteralReplacement.Create($"Use '{suggestion}'", context.Document, root, literal, suggestion, nameof(KubernetesNameCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The nearest name that follows <paramref name="rule"/>, or null when there is none close.</summary>
    internal static string? Suggest(string name, NameRule rule)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            // Only a subdomain may keep its dots.
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '.' && rule == NameRule.Dns1123Subdomain);
            var next = keep ? c : '-';
            if (next == '-' && builder.Length > 0 && builder[builder.Length - 1] == '-')
            {
                continue;
            }
            builder.Append(next);
        }
        var candidate = builder.ToString().Trim('-', '.');
        return rule.Check(candidate) is null ? candidate : null;
    }
}
