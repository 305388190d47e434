using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>
/// For a container a Service sends traffic to without a readiness probe (KM502): adds
/// <c>[ReadinessProbe(TcpPort = "http")]</c> on the port the Service targets, beside the container's other attributes. A
/// TCP check is the one probe that is right for every such container: it listens on that port, or the Service is
/// broken. It holds traffic back until the port accepts connections; an HTTP path that checks what the container needs
/// says more, and the help page says how to write one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadinessProbeCodeFix)), Shared]
public sealed class ReadinessProbeCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NoReadinessProbe);

    // Each container gets its own attribute: the edits never meet.
    public override FixAllProvider GetFixAllProvider() => OneByOneFixAll.For(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticProperties.ReadProbePort(diagnostic) is not { } port || root is null || ManifestsSyntax.AttributeAt(root, diagnostic) is not { } at)
            {
                continue;
            }
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add a TCP readiness probe on port '{port}'",
                    cancellationToken => AddAsync(document, root, at.Declaration, at.Attribute, port, cancellationToken),
                    nameof(ReadinessProbeCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddAsync(
        Document document, SyntaxNode root, ClassDeclarationSyntax declaration, AttributeSyntax example, string port, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var anchor = ManifestsSyntax.ContainerAnchor(model!, declaration, cancellationToken);
        var text = "[" + ManifestsSyntax.Qualifier(example) + "ReadinessProbe(" + nameof(ReadinessProbeAttribute.TcpPort) + " = " + ManifestsSyntax.Literal(port) + ")]";
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, ManifestsSyntax.InsertAttributeList(declaration, anchor, text)));
    }
}
