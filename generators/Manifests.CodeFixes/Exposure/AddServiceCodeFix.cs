using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.CodeFixes.Exposure;

/// <summary>
/// For a StatefulSet without its governing Service (KM417) or an Ingress without a Service to go to (KM407): adds
/// <c>[Service(Port = n)]</c> below the workload attribute, n being the pod's only port, which the Service then targets.
/// Offered only when the pod exposes exactly one port (with several, only the user knows which one clients want), once
/// per class (on its first [Ingress], and not for a StatefulSet's Ingress, which KM417's fix covers).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddServiceCodeFix)), Shared]
public sealed class AddServiceCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.IngressWithoutService, DiagnosticIds.StatefulSetWithoutService);

    public override FixAllProvider GetFixAllProvider() => OneByOneFixAll.For(this);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
                || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type
                || Plan(type, diagnostic, root.SyntaxTree, context.CancellationToken) is not { } plan)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add [Service(Port = {plan.Port})]",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(Add(root, plan))),
                    equivalenceKey: nameof(AddServiceCodeFix)),
                diagnostic);
        }
    }

    /// <summary>Where the Service goes (after the workload attribute's list) and its port; null when no fix is clear.</summary>
    private sealed record ServicePlan(AttributeListSyntax After, AttributeSyntax WorkloadAttribute, int Port);

    private static ServicePlan? Plan(INamedTypeSymbol type, Diagnostic diagnostic, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var attributes = WorkloadAttributes.Collect(type);
        if (WorkloadParser.Parse(type, attributes, cancellationToken) is not { Service: null } workload)
        {
            return null;
        }
        if (diagnostic.Id == DiagnosticIds.IngressWithoutService)
        {
            // One fix per class: two would each add a Service.
            var firstIngress = attributes.FirstOrDefault(a => a.Kind == ContractAttribute.Ingress && !a.IsNested).Data?.ApplicationSyntaxReference;
            if (workload.Kind == Generators.Models.WorkloadKind.StatefulSet
                || firstIngress is null
                || firstIngress.SyntaxTree != tree
                || !firstIngress.Span.Equals(diagnostic.Location.SourceSpan))
            {
                return null;
            }
        }
        var ports = workload.Containers.Where(c => !c.IsInit).SelectMany(c => c.Ports).ToList();
        if (ports.Count != 1 || !KubernetesGrammar.IsPortNumber(ports[0].Number.Value))
        {
            return null;
        }
        var kind = attributes.FirstOrDefault(a => a.Kind.IsWorkloadKind() && !a.IsNested).Data?.ApplicationSyntaxReference;
        if (kind is null || kind.SyntaxTree != tree || kind.GetSyntax(cancellationToken) is not AttributeSyntax { Parent: AttributeListSyntax list } workloadAttribute)
        {
            return null; // The workload attribute is in another part of a partial class: leave it to the user.
        }
        return new ServicePlan(list, workloadAttribute, ports[0].Number.Value);
    }

    private static SyntaxNode Add(SyntaxNode root, ServicePlan plan)
    {
        // Written the way the workload attribute is written: qualified when it is.
        var name = plan.WorkloadAttribute.Name is QualifiedNameSyntax or AliasQualifiedNameSyntax ? typeof(ServiceAttribute).Namespace + ".Service" : "Service";
        var parsed = (MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration($"[{name}(Port = {plan.Port})] class C {{ }}")!;
        // On a line of its own when the workload attribute is: indented as it is (its doc comment stays where it is).
        var whitespace = plan.After.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToList();
        var indentation = whitespace.Count == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(whitespace[whitespace.Count - 1]);
        var service = parsed.AttributeLists[0]
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(plan.After.GetTrailingTrivia());
        return root.InsertNodesAfter(plan.After, [service]);
    }
}
