using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Domain.Scheduling;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;
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

    /// <summary>
    /// Every cluster profile file, as the clusters they describe: the files of one environment (<c>Environment</c>
    /// metadata on the item, or the environment's <c>ClusterNodes</c> property naming the file) are its cluster, the
    /// others together the cluster of every environment without files of its own.
    /// </summary>
    /// <param name="parsed">Told the path of each file actually parsed (not served from the cache), for tests.</param>
    public static ClusterProfiles LoadProfiles(AnalyzerOptions options, ImmutableArray<EnvironmentSpec> environments, Action<string>? parsed, CancellationToken cancellationToken)
    {
        var shared = new ProfileBuilder();
        var byEnvironment = new Dictionary<string, ProfileBuilder>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<ProfileProblem>();
        foreach (var (file, text) in Files(options, ManifestsFileKind.ClusterNodes, cancellationToken))
        {
            var path = file.Path;
            var profile = Profiles.GetValue(text, t =>
            {
                parsed?.Invoke(path);
                // The size is checked before the text is copied into a string: a file too large to read is not copied.
                var (fileNodes, fileProblems) = ClusterProfileReader.TooLarge(path, t.Length, ProfileLimits.Default)
                    ?? ClusterProfileReader.Read(path, t.ToString());
                return new ParsedProfile(fileNodes, fileProblems);
            });
            problems.AddRange(profile.Problems);
            var environment = EnvironmentOf(options, file, environments);
            var builder = environment is null ? shared : byEnvironment.TryGetValue(environment, out var existing) ? existing : byEnvironment[environment] = new ProfileBuilder();
            builder.Nodes.AddRange(profile.Nodes);
        }
        return new ClusterProfiles(
            shared.Build(),
            byEnvironment.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.Build(), StringComparer.Ordinal),
            problems.ToImmutable());
    }

    /// <summary>Every image catalog file, as one catalog.</summary>
    /// <param name="parsed">Told the path of each file actually parsed (not served from the cache), for tests.</param>
    public static ImageCatalog LoadCatalog(AnalyzerOptions options, Action<string>? parsed, CancellationToken cancellationToken)
    {
        var files = ImmutableArray.CreateBuilder<ImageCatalogFile>();
        foreach (var (file, text) in Files(options, ManifestsFileKind.ImageCatalog, cancellationToken))
        {
            var path = file.Path;
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
    private static IEnumerable<(AdditionalText File, SourceText Text)> Files(AnalyzerOptions options, string kind, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ManifestsFileKind.Is(options, file, kind) && seen.Add(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                yield return (file, text);
            }
        }
    }

    /// <summary>
    /// The environment a profile file describes: its item's <c>Environment</c> metadata, else the environment whose
    /// <c>ClusterNodes</c> names it (a path relative to the project, matched at the end of the file's full path).
    /// </summary>
    private static string? EnvironmentOf(AnalyzerOptions options, AdditionalText file, ImmutableArray<EnvironmentSpec> environments)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(ManifestsFileKind.EnvironmentKey, out var metadata)
            && metadata.Trim() is { Length: > 0 } named)
        {
            return named;
        }
        var full = Normalized(file.Path);
        foreach (var environment in environments)
        {
            if (environment.ClusterNodes is { } nodes && Normalized(nodes.Value).TrimStart('.', '/') is { Length: > 0 } relative
                && (full == relative || full.EndsWith("/" + relative, StringComparison.OrdinalIgnoreCase)))
            {
                return environment.Name.Value;
            }
        }
        return null;
    }

    private static string Normalized(string path) => path.Replace('\\', '/');

    private sealed class ProfileBuilder
    {
        public ImmutableArray<ClusterNode>.Builder Nodes { get; } = ImmutableArray.CreateBuilder<ClusterNode>();

        public ClusterProfile Build() => Nodes.Count == 0 ? ClusterProfile.Empty : new ClusterProfile(Nodes.ToImmutable(), ImmutableArray<ProfileProblem>.Empty);
    }

    private sealed class ParsedProfile(ImmutableArray<ClusterNode> nodes, ImmutableArray<ProfileProblem> problems)
    {
        public ImmutableArray<ClusterNode> Nodes { get; } = nodes;

        public ImmutableArray<ProfileProblem> Problems { get; } = problems;
    }
}
