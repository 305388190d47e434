using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Manifests.CodeFixes.BestPractice;

/// <summary>
/// "Fix all" for fixes whose edits meet: several diagnostics change one attribute or add to one class (two secrets of a
/// workload go to one Secret class; both security settings of a container go to one <c>[SecurityContext]</c>). Roslyn's
/// batch fixer would merge their edits as text and drop the ones that overlap, so here the fix sees every diagnostic of
/// the scope at once and makes each edit once.
/// </summary>
/// <param name="title">The title of the fix-all action.</param>
/// <param name="fixableIds">The IDs the fix handles; the context may offer others.</param>
/// <param name="fix">The fix, over every diagnostic of the scope.</param>
internal sealed class WholeScopeFixAllProvider(string title, ImmutableArray<string> fixableIds, Func<Solution, ImmutableArray<Diagnostic>, CancellationToken, Task<Solution>> fix)
    : FixAllProvider
{
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }
                break;
        }
        var all = diagnostics.Where(diagnostic => fixableIds.Contains(diagnostic.Id) && diagnostic.Location.IsInSource).ToImmutableArray();
        if (all.IsEmpty)
        {
            return null;
        }
        var solution = fixAllContext.Solution;
        return CodeAction.Create(title, cancellationToken => fix(solution, all, cancellationToken), fixAllContext.CodeActionEquivalenceKey);
    }
}
