using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Manifests.CodeFixes;

/// <summary>
/// Fix All for a fix whose diagnostics each stand on their own: every diagnostic of a document fixed by the fix's own
/// first action, one after the other, from the last in the document to the first (an edit never moves what comes
/// before it). It depends neither on equivalence keys nor on which diagnostic was chosen: <c>dotnet format</c> picks the
/// first diagnostic of an ID, which may be one this fix has no action for (another fix's KM405, a second Ingress of a
/// class that gets one Service), and Roslyn's batch fixer then returns nothing at all.
/// </summary>
internal static class OneByOneFixAll
{
    public static FixAllProvider For(CodeFixProvider fix)
        => FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var fixable = diagnostics
                .Where(diagnostic => fix.FixableDiagnosticIds.Contains(diagnostic.Id) && diagnostic.Location.IsInSource)
                .OrderByDescending(diagnostic => diagnostic.Location.SourceSpan.Start)
                .ToImmutableArray();
            var changed = false;
            foreach (var diagnostic in fixable)
            {
                CodeAction? first = null;
                var fixContext = new CodeFixContext(document, diagnostic, (action, _) => first ??= action, context.CancellationToken);
                await fix.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
                if (first is null)
                {
                    continue;
                }
                foreach (var operation in await first.GetOperationsAsync(context.CancellationToken).ConfigureAwait(false))
                {
                    if (operation is ApplyChangesOperation apply && apply.ChangedSolution.GetDocument(document.Id) is { } updated)
                    {
                        document = updated;
                        changed = true;
                    }
                }
            }
            return changed ? document : null;
        });
}
