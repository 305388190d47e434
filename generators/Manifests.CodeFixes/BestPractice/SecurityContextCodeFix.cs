using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.BestPractice;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>
/// For a container that may run as root (KM504) or gain privileges (KM506): writes <c>RunAsNonRoot = true</c> or
/// <c>AllowPrivilegeEscalation = false</c> into its <c>[SecurityContext]</c>, adding the attribute beside the container's
/// others when it has none. Each diagnostic's fix writes only its own setting, so a team that silenced one rule (images
/// that must start as root) never gets the other's. "Fix all" writes, per container, the settings of every diagnostic
/// in scope into one attribute: <c>[SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]</c>.
/// Offered only where the analyzer says the setting is missing: never for <c>RunAsUser = 0</c> or a privileged container.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecurityContextCodeFix)), Shared]
public sealed class SecurityContextCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = nameof(SecurityContextCodeFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MayRunAsRoot, DiagnosticIds.PrivilegeEscalation);

    public override FixAllProvider GetFixAllProvider()
        => new WholeScopeFixAllProvider("Set RunAsNonRoot and AllowPrivilegeEscalation in [SecurityContext]", FixableDiagnosticIds, ApplyAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticProperties.ReadSecurity(diagnostic) is not { } setting)
            {
                continue;
            }
            var solution = context.Document.Project.Solution;
            context.RegisterCodeFix(
                CodeAction.Create($"Set {Argument(setting)} in [SecurityContext]", cancellationToken => ApplyAsync(solution, [diagnostic], cancellationToken), EquivalenceKey),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // One edit per container class, with every setting its diagnostics ask for.
        var containers = new Dictionary<INamedTypeSymbol, Container>(SymbolEqualityComparer.Default);
        foreach (var diagnostic in diagnostics)
        {
            if (DiagnosticProperties.ReadSecurity(diagnostic) is not { } setting
                || solution.GetDocument(diagnostic.Location.SourceTree) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || ManifestsSyntax.AttributeAt(root, diagnostic) is not { } at
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
                || model.GetDeclaredSymbol(at.Declaration, cancellationToken) is not INamedTypeSymbol type)
            {
                continue;
            }
            if (!containers.TryGetValue(type, out var container))
            {
                container = new Container(document, model, at.Declaration, at.Attribute);
                containers.Add(type, container);
            }
            container.Settings.Add(setting);
        }

        var editor = new SolutionEditor(solution);
        foreach (var pair in containers)
        {
            var (type, container) = (pair.Key, pair.Value);
            // In the enum's order, whatever order the diagnostics came in: RunAsNonRoot first.
            var settings = container.Settings.ToList();
            var existing = type.GetAttributes().FirstOrDefault(a => ManifestsSyntax.Is(a, typeof(SecurityContextAttribute)))?.ApplicationSyntaxReference;
            if (existing is not null && await existing.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is AttributeSyntax attribute
                && solution.GetDocument(attribute.SyntaxTree) is { } attributeDocument)
            {
                var missing = settings.Where(s => !AttributeArguments.Sets(attribute, Property(s))).Select(Argument).ToList();
                var attributeEditor = await editor.GetDocumentEditorAsync(attributeDocument.Id, cancellationToken).ConfigureAwait(false);
                attributeEditor.ReplaceNode(attribute, (current, _) => AttributeArguments.Append((AttributeSyntax)current, missing));
                continue;
            }
            var anchor = ManifestsSyntax.ContainerAnchor(container.Model, container.Declaration, cancellationToken);
            var text = "[" + ManifestsSyntax.Qualifier(container.Example) + "SecurityContext(" + string.Join(", ", settings.Select(Argument)) + ")]";
            var declarationEditor = await editor.GetDocumentEditorAsync(container.Document.Id, cancellationToken).ConfigureAwait(false);
            declarationEditor.ReplaceNode(container.Declaration, (current, _) => ManifestsSyntax.InsertAttributeList((ClassDeclarationSyntax)current, anchor, text));
        }
        return editor.GetChangedSolution();
    }

    private static string Property(SecuritySetting setting) => setting == SecuritySetting.RunAsNonRoot
        ? nameof(SecurityContextAttribute.RunAsNonRoot)
        : nameof(SecurityContextAttribute.AllowPrivilegeEscalation);

    private static string Argument(SecuritySetting setting) => Property(setting) + (setting == SecuritySetting.RunAsNonRoot ? " = true" : " = false");

    /// <summary>A container class to edit: where it is declared, and the settings to write.</summary>
    private sealed class Container(Document document, SemanticModel model, ClassDeclarationSyntax declaration, AttributeSyntax example)
    {
        public Document Document { get; } = document;

        public SemanticModel Model { get; } = model;

        public ClassDeclarationSyntax Declaration { get; } = declaration;

        /// <summary>An attribute of the container as written, to write the new one alike (qualified or not).</summary>
        public AttributeSyntax Example { get; } = example;

        public SortedSet<SecuritySetting> Settings { get; } = [];
    }
}
