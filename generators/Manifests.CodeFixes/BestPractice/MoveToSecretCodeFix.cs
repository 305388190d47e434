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
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>
/// For a secret written as a literal environment value (KM503): drops the value from the code and reads the variable from
/// a Secret instead. <c>[Env("DB_PASSWORD", "hunter2")]</c> becomes
/// <c>[Env("DB_PASSWORD", Secret = typeof(BackendSecrets), Key = "DB_PASSWORD")]</c>, and the Secret is declared beside
/// the workload, <c>[Secret("backend-secrets", Keys = new[] { "DB_PASSWORD" })] public partial class BackendSecrets { }</c>,
/// or the key added to that class when it exists. The value is not kept anywhere: the Secret must be created in the
/// cluster, as the diagnostic says. No fix when a class of that name exists and declares no Secret, or declares its keys
/// in a way the fix cannot extend (a constant array); "fix all" moves every secret of a workload into one Secret class.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveToSecretCodeFix)), Shared]
public sealed class MoveToSecretCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = nameof(MoveToSecretCodeFix);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SecretInLiteralEnv);

    public override FixAllProvider GetFixAllProvider()
        => new WholeScopeFixAllProvider("Move every literal secret to a Secret", FixableDiagnosticIds, ApplyAsync);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.Document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            var plan = await PlanAsync(solution, [diagnostic], context.CancellationToken).ConfigureAwait(false);
            if (plan.Count == 0)
            {
                continue;
            }
            var target = plan[0].Target;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read '{target.Key}' from Secret '{target.SecretName}' (then create that Secret in the cluster)",
                    cancellationToken => ApplyAsync(solution, [diagnostic], cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(solution);
        foreach (var group in await PlanAsync(solution, diagnostics, cancellationToken).ConfigureAwait(false))
        {
            foreach (var move in group.Moves)
            {
                var envEditor = await editor.GetDocumentEditorAsync(move.Document.Id, cancellationToken).ConfigureAwait(false);
                envEditor.ReplaceNode(move.Env, (current, _) => ReadFromSecret((AttributeSyntax)current, move.Value, group.Target.ClassName, move.Key));
            }
            var keys = group.Moves.Select(m => m.Key).Distinct().Where(k => !group.DeclaredKeys.Contains(k)).ToList();
            if (group.ExistingSecret is { } existing)
            {
                var secretEditor = await editor.GetDocumentEditorAsync(existing.Document.Id, cancellationToken).ConfigureAwait(false);
                secretEditor.ReplaceNode(existing.Attribute, (current, _) => SecretKeys.Add((AttributeSyntax)current, keys));
                continue;
            }
            var first = group.Moves[0];
            var workloadEditor = await editor.GetDocumentEditorAsync(first.Document.Id, cancellationToken).ConfigureAwait(false);
            workloadEditor.InsertAfter(first.Workload, SecretClass(first.Workload, first.Env, group.Target, keys));
        }
        return editor.GetChangedSolution();
    }

    /// <summary>
    /// What the fix does for <paramref name="diagnostics"/>: the variables to move, grouped by the Secret class they go to.
    /// A diagnostic the fix cannot serve is left out, and so is a group whose class cannot take keys.
    /// </summary>
    private static async Task<List<SecretGroup>> PlanAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var groups = new List<SecretGroup>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
        {
            if (DiagnosticProperties.ReadSecret(diagnostic) is not { } target
                || solution.GetDocument(diagnostic.Location.SourceTree) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax env } } value
                || env.Parent?.Parent is not ClassDeclarationSyntax owner
                || ManifestsSyntax.WorkloadDeclaration(model, owner, cancellationToken) is not { } workload
                || model.GetDeclaredSymbol(workload, cancellationToken) is not INamedTypeSymbol workloadType)
            {
                continue;
            }
            var scope = (INamespaceOrTypeSymbol?)workloadType.ContainingType ?? workloadType.ContainingNamespace;
            var group = groups.FirstOrDefault(g => g.Target.ClassName == target.ClassName && SymbolEqualityComparer.Default.Equals(g.Scope, scope));
            if (group is null)
            {
                group = await GroupAsync(solution, target, scope, cancellationToken).ConfigureAwait(false);
                groups.Add(group);
            }
            group.Moves.Add(new Move(document, env, env.ArgumentList!.Arguments.IndexOf(value), workload, target.Key));
        }
        groups.RemoveAll(g => !g.CanTakeKeys);
        return groups;
    }

    /// <summary>The Secret class <paramref name="target"/> names, in <paramref name="scope"/>: to extend when it exists, else to create.</summary>
    private static async Task<SecretGroup> GroupAsync(Solution solution, SecretTarget target, INamespaceOrTypeSymbol scope, CancellationToken cancellationToken)
    {
        var sibling = scope.GetTypeMembers(target.ClassName).FirstOrDefault(t => t.Arity == 0);
        if (sibling is null)
        {
            return new SecretGroup(target, scope, existingSecret: null, ImmutableHashSet<string>.Empty, canTakeKeys: true);
        }
        var secret = sibling.GetAttributes().FirstOrDefault(a => ManifestsSyntax.Is(a, typeof(SecretAttribute)));
        if (secret?.ApplicationSyntaxReference is not { } reference
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not AttributeSyntax attribute
            || solution.GetDocument(attribute.SyntaxTree) is not { } document
            || !SecretKeys.CanAdd(attribute))
        {
            // A class of that name that is no Secret, or keys the fix cannot extend: nothing to offer.
            return new SecretGroup(target, scope, existingSecret: null, ImmutableHashSet<string>.Empty, canTakeKeys: false);
        }
        var declared = secret.NamedArguments.FirstOrDefault(a => a.Key == nameof(SecretAttribute.Keys)).Value;
        var keys = declared.Kind == TypedConstantKind.Array
            ? declared.Values.Select(v => v.Value as string).Where(k => k is not null).ToImmutableHashSet()!
            : ImmutableHashSet<string>.Empty;
        return new SecretGroup(target, scope, new ExistingSecret(document, attribute), keys, canTakeKeys: true);
    }

    /// <summary>The <c>[Env]</c> without its value, reading <paramref name="key"/> of <paramref name="secretClass"/> instead.</summary>
    private static AttributeSyntax ReadFromSecret(AttributeSyntax env, int valueIndex, string secretClass, string key)
    {
        var list = env.ArgumentList!;
        var kept = list.Arguments
            .Where((argument, i) => i != valueIndex && argument.NameEquals?.Name.Identifier.ValueText is not (nameof(EnvAttribute.Secret) or nameof(EnvAttribute.ConfigMap) or nameof(EnvAttribute.Key)))
            .Select(argument => argument.ToString())
            .Concat([nameof(EnvAttribute.Secret) + " = typeof(" + secretClass + ")", nameof(EnvAttribute.Key) + " = " + ManifestsSyntax.Literal(key)]);
        var arguments = SyntaxFactory.ParseAttributeArgumentList("(" + string.Join(", ", kept) + ")")!;
        return env.WithArgumentList(arguments.WithTriviaFrom(list));
    }

    /// <summary>
    /// The Secret's declaration, written beside <paramref name="workload"/> as a person would: a blank line, then
    /// <c>[Secret("backend-secrets", Keys = new[] { "DB_PASSWORD" })]</c> over a class as accessible as the workload.
    /// </summary>
    private static MemberDeclarationSyntax SecretClass(ClassDeclarationSyntax workload, AttributeSyntax example, SecretTarget target, IReadOnlyList<string> keys)
    {
        var eol = ManifestsSyntax.EndOfLine(workload);
        var indentation = ManifestsSyntax.Indentation(workload);
        var accessibility = string.Concat(workload.Modifiers
            .Where(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword)
            .Select(m => m.Text + " "));
        // The workload's line break ends its line, unless it is the file's last line without one: then the class ends the file alike.
        var endsLine = workload.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var text = (endsLine ? eol : eol + eol) + indentation
            + "[" + ManifestsSyntax.Qualifier(example) + "Secret(" + ManifestsSyntax.Literal(target.SecretName) + ", "
            + nameof(SecretAttribute.Keys) + " = new[] { " + string.Join(", ", keys.Select(ManifestsSyntax.Literal)) + " })]" + eol
            + indentation + accessibility + "partial class " + target.ClassName + " { }" + (endsLine ? eol : string.Empty);
        return SyntaxFactory.ParseMemberDeclaration(text)!;
    }

    /// <summary>One variable to move: its <c>[Env]</c>, the position of the value among its arguments, its workload's declaration.</summary>
    private sealed record Move(Document Document, AttributeSyntax Env, int Value, ClassDeclarationSyntax Workload, string Key);

    /// <summary>The <c>[Secret]</c> attribute of a class that already declares the Secret.</summary>
    private sealed record ExistingSecret(Document Document, AttributeSyntax Attribute);

    /// <summary>The variables that go to one Secret class, and that class as it is.</summary>
    private sealed class SecretGroup(SecretTarget target, INamespaceOrTypeSymbol scope, ExistingSecret? existingSecret, ImmutableHashSet<string> declaredKeys, bool canTakeKeys)
    {
        public SecretTarget Target { get; } = target;

        /// <summary>The namespace or type the workload, and so the Secret class, is declared in.</summary>
        public INamespaceOrTypeSymbol Scope { get; } = scope;

        public ExistingSecret? ExistingSecret { get; } = existingSecret;

        public ImmutableHashSet<string> DeclaredKeys { get; } = declaredKeys;

        public bool CanTakeKeys { get; } = canTakeKeys;

        public List<Move> Moves { get; } = [];
    }
}
