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
/// For a workload that pulls from a private registry without a pull secret (KM505): adds
/// <c>[ImagePullSecret("…")]</c> with a pull secret the project's other workloads already use with that registry, one
/// action per such secret, the most used first. A name nobody uses yet is not guessed: it must be a Secret that exists
/// in the cluster, so without one in use no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImagePullSecretCodeFix)), Shared]
public sealed class ImagePullSecretCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NoImagePullSecret);

    // One diagnostic per workload, each fixed on its own class: the edits never meet.
    public override FixAllProvider GetFixAllProvider() => OneByOneFixAll.For(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var secrets = DiagnosticProperties.ReadPullSecrets(diagnostic);
            if (secrets.IsEmpty || root is null || model is null
                || ManifestsSyntax.AttributeAt(root, diagnostic) is not { } at
                || ManifestsSyntax.WorkloadDeclaration(model, at.Declaration, context.CancellationToken) is not { AttributeLists.Count: > 0 } workload)
            {
                continue;
            }
            foreach (var secret in secrets)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Pull with '{secret}', as other workloads of the project do",
                        cancellationToken => AddAsync(document, root, workload, at.Attribute, secret, cancellationToken),
                        nameof(ImagePullSecretCodeFix) + ":" + secret),
                    diagnostic);
            }
        }
    }

    private static Task<Document> AddAsync(Document document, SyntaxNode root, ClassDeclarationSyntax workload, AttributeSyntax example, string secret, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = "[" + ManifestsSyntax.Qualifier(example) + "ImagePullSecret(" + ManifestsSyntax.Literal(secret) + ")]";
        var updated = ManifestsSyntax.InsertAttributeList(workload, workload.AttributeLists.Count - 1, text);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(workload, updated)));
    }
}
