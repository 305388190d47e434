using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System;
using Manifests.Generators.Domain.Scheduling;
using Manifests.Generators.Helpers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Finds the project's <c>ManifestsClusterNodes</c> files among the AdditionalFiles and reads them. Each file's text is
/// read once per change: the parse is cached on the <see cref="SourceText"/>, which the compiler keeps while the file
/// is unchanged, so a keystroke in C# does not re-read the cluster.
/// </summary>
internal static class ClusterProfileLoader
{
    private static readonly ConditionalWeakTable<SourceText, FileProfile> Cache = new();

    /// <summary>How many files were actually parsed since the process started (the cache's misses), for tests.</summary>
    internal static int ParseCount;

    public static ClusterProfile Load(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var nodes = ImmutableArray.CreateBuilder<ClusterNode>();
        var problems = ImmutableArray.CreateBuilder<ProfileProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            // A file listed twice is one set of nodes: counting them twice would change the scheduler's "0/N".
            if (!ManifestsFileKind.Is(options, file, ManifestsFileKind.ClusterNodes) || !seen.Add(file.Path) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }
            var parsed = Cache.GetValue(text, t =>
            {
                Interlocked.Increment(ref ParseCount);
                // The size is checked before the text is copied into a string: a file too large to read is not copied.
                var (fileNodes, fileProblems) = ClusterProfileReader.TooLarge(file.Path, t.Length, ProfileLimits.Default)
                    ?? ClusterProfileReader.Read(file.Path, t.ToString());
                return new FileProfile(fileNodes, fileProblems);
            });
            nodes.AddRange(parsed.Nodes);
            problems.AddRange(parsed.Problems);
        }
        return nodes.Count == 0 && problems.Count == 0 ? ClusterProfile.Empty : new ClusterProfile(nodes.ToImmutable(), problems.ToImmutable());
    }

    private sealed class FileProfile(ImmutableArray<ClusterNode> nodes, ImmutableArray<ProfileProblem> problems)
    {
        public ImmutableArray<ClusterNode> Nodes { get; } = nodes;

        public ImmutableArray<ProfileProblem> Problems { get; } = problems;
    }
}
