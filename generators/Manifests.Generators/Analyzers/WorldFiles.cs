using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Domain.Scheduling;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// The files that describe the world outside the code, among the AdditionalFiles: the cluster profile
/// (<c>ManifestsClusterNodes</c>) and the image catalog (<c>ManifestsImageCatalog</c>). Each file's text is parsed
/// once per change: the parse is cached on the <see cref="SourceText"/>, which the compiler keeps while the file is
/// unchanged, so a keystroke in C# does not re-read the world.
/// </summary>
internal static class WorldFiles
{
    private static readonly ConditionalWeakTable<SourceText, ParsedProfile> Profiles = new();
    private static readonly ConditionalWeakTable<SourceText, CatalogText> Catalogs = new();

    /// <summary>Every cluster profile file, as one cluster.</summary>
    /// <param name="parsed">Told the path of each file actually parsed (not served from the cache), for tests.</param>
    public static ClusterProfile LoadProfile(AnalyzerOptions options, Action<string>? parsed, CancellationToken cancellationToken)
    {
        var nodes = ImmutableArray.CreateBuilder<ClusterNode>();
        var problems = ImmutableArray.CreateBuilder<ProfileProblem>();
        foreach (var (path, text) in Files(options, ManifestsFileKind.ClusterNodes, cancellationToken))
        {
            var profile = Profiles.GetValue(text, t =>
            {
                parsed?.Invoke(path);
                // The size is checked before the text is copied into a string: a file too large to read is not copied.
                var (fileNodes, fileProblems) = ClusterProfileReader.TooLarge(path, t.Length, ProfileLimits.Default)
                    ?? ClusterProfileReader.Read(path, t.ToString());
                return new ParsedProfile(fileNodes, fileProblems);
            });
            nodes.AddRange(profile.Nodes);
            problems.AddRange(profile.Problems);
        }
        return nodes.Count == 0 && problems.Count == 0 ? ClusterProfile.Empty : new ClusterProfile(nodes.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Every image catalog file, as one catalog.</summary>
    /// <param name="parsed">Told the path of each file actually parsed (not served from the cache), for tests.</param>
    public static ImageCatalog LoadCatalog(AnalyzerOptions options, Action<string>? parsed, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<ImageCatalogFile>();
        foreach (var (path, text) in Files(options, ManifestsFileKind.ImageCatalog, cancellationToken))
        {
            var catalog = Catalogs.GetValue(text, t =>
            {
                parsed?.Invoke(path);
                return CatalogText.Parse(t.ToString(), cancellationToken);
            });
            files.Add(new ImageCatalogFile(path, catalog));
        }
        return files.Count == 0 ? ImageCatalog.None : new ImageCatalog(files.ToImmutable());
    }

    /// <summary>The AdditionalFiles tagged <paramref name="kind"/>, each once: a file listed twice is one file (counting a cluster's nodes twice would change the scheduler's "0/N").</summary>
    private static IEnumerable<(string Path, SourceText Text)> Files(AnalyzerOptions options, string kind, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ManifestsFileKind.Is(options, file, kind) && seen.Add(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                yield return (file.Path, text);
            }
        }
    }

    private sealed class ParsedProfile(ImmutableArray<ClusterNode> nodes, ImmutableArray<ProfileProblem> problems)
    {
        public ImmutableArray<ClusterNode> Nodes { get; } = nodes;

        public ImmutableArray<ProfileProblem> Problems { get; } = problems;
    }
}
