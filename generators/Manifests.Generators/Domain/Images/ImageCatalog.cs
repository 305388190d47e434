using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Manifests.Generators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// The images the team's registry holds, from the project's <c>&lt;ManifestsImageCatalog Include="…"/&gt;</c> files:
/// one reference a line, <c>#</c> starts a comment, and a repository without tag or digest stands for any tag of it.
/// Entries are keyed by normalised repository, so <c>nginx:1.27</c> and <c>docker.io/library/nginx:1.27</c> are one.
/// </summary>
internal sealed class ImageCatalog
{
    /// <summary>The project lists no catalog: KM203 stays silent.</summary>
    public static readonly ImageCatalog None = new(ImmutableArray<ImageCatalogFile>.Empty);

    private readonly Dictionary<string, CatalogRepository> repositories = new(StringComparer.Ordinal);
    private readonly ImmutableArray<CatalogRepository> ordered;
    private readonly ILookup<string, CatalogRepository> byName;

    public ImageCatalog(ImmutableArray<ImageCatalogFile> files)
    {
        Files = files;
        foreach (var entry in files.SelectMany(f => f.Text.Entries))
        {
            if (!repositories.TryGetValue(entry.Repository, out var repository))
            {
                repositories.Add(entry.Repository, repository = new CatalogRepository(entry));
            }
            repository.Add(entry);
        }
        ordered = repositories.Values.OrderBy(r => r.Repository, StringComparer.Ordinal).ToImmutableArray();
        byName = ordered.ToLookup(r => r.Sample.Name, StringComparer.Ordinal);
    }

    /// <summary>The catalog files, in the order the project lists them.</summary>
    public ImmutableArray<ImageCatalogFile> Files { get; }

    /// <summary>Whether the project lists any catalog file (an empty file still counts: it allows nothing).</summary>
    public bool IsPresent => !Files.IsEmpty;

    /// <summary>The repositories the catalog lists, in ordinal order.</summary>
    public ImmutableArray<CatalogRepository> Repositories => ordered;

    /// <summary>The repositories whose last path component is <paramref name="name"/> (<c>frontend</c> in <c>shop/frontend</c>), in ordinal order.</summary>
    public IEnumerable<CatalogRepository> Named(string name) => byName[name];

    /// <summary>The catalog files' names, for messages: <c>images.txt</c>.</summary>
    public string FileNames => string.Join(", ", Files.Select(f => System.IO.Path.GetFileName(f.Path)).Distinct());

    /// <summary>The catalog's record of <paramref name="image"/>'s repository, or null.</summary>
    public CatalogRepository? Find(ImageReference image)
        => repositories.TryGetValue(image.Repository, out var repository) ? repository : null;

    /// <summary>Whether the registry holds <paramref name="image"/>: its repository with any tag, its tag, or its digest.</summary>
    public bool Contains(ImageReference image) => Find(image)?.Holds(image) ?? false;

    /// <summary>
    /// The catalog entry <paramref name="image"/> most likely meant, or null when none is close: the nearest repository
    /// by edit distance over the path (a different registry costs one more), or else one with the same name in another
    /// namespace (a mirror); then the image's own tag if that repository has it, else its newest tag.
    /// </summary>
    public string? Closest(ImageReference image)
    {
        CatalogRepository? best = null;
        var bestScore = int.MaxValue;
        foreach (var repository in Repositories)
        {
            if (Score(image, repository) is { } score && score < bestScore && repository.Suggest(image) is not null)
            {
                (best, bestScore) = (repository, score);
            }
        }
        return best?.Suggest(image);
    }

    private static int? Score(ImageReference image, CatalogRepository repository)
    {
        var registryCost = image.Registry == repository.Sample.Registry ? 0 : 1;
        var threshold = Math.Max(2, image.RepositoryPath.Length / 3);
        var distance = EditDistance.Between(image.RepositoryPath, repository.Sample.RepositoryPath, threshold);
        if (distance <= threshold)
        {
            return 2 * distance + registryCost;
        }
        if (image.Name == repository.Sample.Name)
        {
            return 2 * threshold + 1 + registryCost;
        }
        return null;
    }
}

/// <summary>One catalog file: where it is, and what its text says.</summary>
internal sealed record ImageCatalogFile(string Path, CatalogText Text);

/// <summary>A catalog file's entries and the lines that are not image references, parsed once per text.</summary>
internal sealed class CatalogText
{
    private CatalogText(ImmutableArray<CatalogEntry> entries, ImmutableArray<CatalogLineProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public ImmutableArray<CatalogEntry> Entries { get; }

    public ImmutableArray<CatalogLineProblem> Problems { get; }

    public static CatalogText Parse(SourceText text, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var problems = ImmutableArray.CreateBuilder<CatalogLineProblem>();
        foreach (var line in text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = text.ToString(line.Span);
            // '#' never occurs in a reference, so it starts a comment wherever it is.
            var hash = content.IndexOf('#');
            var code = hash < 0 ? content : content.Substring(0, hash);
            var trimmed = code.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }
            var start = line.Start + code.IndexOf(trimmed, StringComparison.Ordinal);
            var span = new TextSpan(start, trimmed.Length);
            if (ImageReferenceParser.Parse(trimmed, out var problem) is { } reference)
            {
                entries.Add(new CatalogEntry(reference, line.LineNumber));
            }
            else
            {
                problems.Add(new CatalogLineProblem(trimmed, span, text.Lines.GetLinePositionSpan(span), problem!));
            }
        }
        return new CatalogText(entries.ToImmutable(), problems.ToImmutable());
    }
}

/// <summary>One valid catalog line.</summary>
/// <param name="Reference">The image it lists.</param>
/// <param name="Line">Its zero-based line number.</param>
internal sealed record CatalogEntry(ImageReference Reference, int Line)
{
    public string Repository => Reference.Repository;
}

/// <summary>A catalog line that is no image reference: it is skipped, and reported as KM201 in the catalog file.</summary>
internal sealed record CatalogLineProblem(string Text, TextSpan Span, LinePositionSpan LineSpan, ImageProblem Problem);

/// <summary>Everything the catalog says about one repository.</summary>
internal sealed class CatalogRepository
{
    private readonly HashSet<string> tags = new(StringComparer.Ordinal);
    private readonly HashSet<string> digests = new(StringComparer.Ordinal);

    public CatalogRepository(CatalogEntry first) => Sample = first.Reference;

    /// <summary>The first entry of the repository, whose spelling replacements use.</summary>
    public ImageReference Sample { get; }

    public string Repository => Sample.Repository;

    /// <summary>Whether a line lists the repository alone: any tag is in the registry.</summary>
    public bool AnyTag { get; private set; }

    /// <summary>The tags listed, newest first.</summary>
    public IEnumerable<string> TagsNewestFirst => tags.OrderByDescending(t => t, TagOrder.Instance);

    /// <summary>The newest listed tag that is not <c>latest</c>, or null.</summary>
    public string? NewestTag => TagOrder.Newest(tags);

    public void Add(CatalogEntry entry)
    {
        var reference = entry.Reference;
        if (reference.Tag is null && reference.Digest is null)
        {
            AnyTag = true;
        }
        if (reference.Tag is { } tag)
        {
            tags.Add(tag);
        }
        if (reference.Digest is { } digest)
        {
            digests.Add(digest);
        }
    }

    /// <summary>Whether <paramref name="image"/> (of this repository) is listed: by any-tag, digest, tag, or an untagged image's <c>latest</c>.</summary>
    public bool Holds(ImageReference image)
        => AnyTag
            || (image.Digest is { } digest && digests.Contains(digest))
            || tags.Contains(image.Tag ?? (image.Digest is null ? ImageReference.LatestTag : string.Empty));

    /// <summary>
    /// This repository as the user should write it for <paramref name="image"/>: with the image's tag when listed, else
    /// the newest tag; the bare repository when any tag will do; null when it is listed by digest only.
    /// </summary>
    public string? Suggest(ImageReference image)
    {
        if (image.Tag is { } tag && (AnyTag || tags.Contains(tag)))
        {
            return Sample.WithTag(tag);
        }
        if (NewestTag is { } newest)
        {
            return Sample.WithTag(newest);
        }
        return AnyTag ? Sample.WrittenRepository : null;
    }
}
