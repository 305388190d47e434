using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Manifests.Generators.Helpers;

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

/// <summary>
/// A catalog file's entries and the lines that are not image references, parsed once per text. The file is untrusted
/// input read inside the compiler, so reading it is linear in its size and what it reports is bounded: at most
/// <see cref="MaxLines"/> lines are read, at most <see cref="MaxListedProblems"/> bad lines are listed (then one more
/// says how many follow), and no message quotes more than <see cref="EchoedText.MaxQuoted"/> characters of a line.
/// </summary>
internal sealed class CatalogText
{
    /// <summary>
    /// The most lines read. A repository alone stands for all its tags, so even a registry of thousands of
    /// repositories fits; past this the file is not a list someone maintains.
    /// </summary>
    public const int MaxLines = 100_000;

    /// <summary>
    /// The longest reference the grammar allows is about 780 characters (a 253-character host and port, a 255-character
    /// path, a 128-character tag, a sha512 digest): a longer line is refused before it is parsed.
    /// </summary>
    public const int MaxReferenceLength = 1_024;

    /// <summary>
    /// The most bad lines reported one by one. Each is an error in the build log and the IDE's list, and the command-line
    /// compiler's duplicate filter over diagnostics slows down quadratically with tens of thousands of them (measured:
    /// 40,000 lines 6 s, 80,000 lines 15 s, 160,000 lines 100 s in csc alone).
    /// </summary>
    public const int MaxListedProblems = 100;

    private CatalogText(ImmutableArray<CatalogEntry> entries, ImmutableArray<CatalogLineProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public ImmutableArray<CatalogEntry> Entries { get; }

    /// <summary>The bad lines to report, in line order: at most <see cref="MaxListedProblems"/> + 2.</summary>
    public ImmutableArray<CatalogLineProblem> Problems { get; }

    public static CatalogText Parse(string text, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var problems = ImmutableArray.CreateBuilder<CatalogLineProblem>();
        CatalogLineProblem? firstUnlisted = null;
        var unlistedCount = 0;
        var number = -1;
        (int Start, int Length)? firstUnread = null;
        foreach (var line in TextLines.Of(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++number >= MaxLines)
            {
                // Past the limit, lines are only counted, for the message.
                firstUnread ??= line;
                continue;
            }
            var content = text.Substring(line.Start, line.Length);
            if (Code(content) is not { } code)
            {
                continue;
            }
            var (start, length) = code;
            ImageProblem? problem;
            if (length > MaxReferenceLength)
            {
                problem = new ImageProblem($"the line is {Count(length)} characters long, and no image reference is longer than {Count(MaxReferenceLength)}: put one reference on each line");
            }
            else if (ImageReferenceParser.Parse(content.Substring(start, length), out problem) is { } reference)
            {
                entries.Add(new CatalogEntry(reference, number));
                continue;
            }

            if (problems.Count < MaxListedProblems)
            {
                problems.Add(Problem(line.Start, number, start, length, content, problem!.Reason));
            }
            else if (unlistedCount++ == 0)
            {
                firstUnlisted = Problem(line.Start, number, start, length, content, problem!.Reason);
            }
        }

        if (firstUnlisted is not null)
        {
            // The first bad line past the listed ones carries the count of the rest, so the user knows there is more.
            problems.Add(unlistedCount == 1 ? firstUnlisted : firstUnlisted with
            {
                Problem = new ImageProblem(firstUnlisted.Problem.Reason + $"; {Count(unlistedCount - 1)} more bad lines follow it, not listed one by one: fix these and build again to see them"),
            });
        }
        if (firstUnread is { } unread)
        {
            var content = text.Substring(unread.Start, unread.Length);
            problems.Add(Problem(unread.Start, MaxLines, 0, content.Length, content,
                $"the catalog has {Count(number + 1)} lines and only the first {Count(MaxLines)} are read: list a repository alone (it stands for all its tags) instead of each of its tags"));
        }
        return new CatalogText(entries.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Where the reference on a line is: before any '#' (it never occurs in a reference, so it starts a comment), without surrounding whitespace; null for a blank or comment line.</summary>
    private static (int Start, int Length)? Code(string content)
    {
        var end = content.IndexOf('#');
        end = end < 0 ? content.Length : end;
        var start = 0;
        while (start < end && char.IsWhiteSpace(content[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(content[end - 1]))
        {
            end--;
        }
        return end > start ? (start, end - start) : null;
    }

    /// <summary>A bad line's problem, quoting only the start of the line and only so much of the reason.</summary>
    private static CatalogLineProblem Problem(int lineStart, int number, int start, int length, string content, string reason)
    {
        var quoted = EchoedText.Start(content.Substring(start, Math.Min(length, EchoedText.MaxQuoted + 1)));
        return new CatalogLineProblem(quoted, lineStart + start, length, number, start, new ImageProblem(EchoedText.Middle(reason)));
    }

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>One valid catalog line.</summary>
/// <param name="Reference">The image it lists.</param>
/// <param name="Line">Its zero-based line number.</param>
internal sealed record CatalogEntry(ImageReference Reference, int Line)
{
    public string Repository => Reference.Repository;
}

/// <summary>A catalog line that is no image reference: it is skipped, and reported as KM201 in the catalog file.</summary>
/// <param name="Text">The line's reference, as quoted in the message.</param>
/// <param name="Start">Its offset in the file.</param>
/// <param name="Length">Its length.</param>
/// <param name="Line">Its zero-based line.</param>
/// <param name="Column">Its zero-based column.</param>
/// <param name="Problem">What is wrong.</param>
internal sealed record CatalogLineProblem(string Text, int Start, int Length, int Line, int Column, ImageProblem Problem);

/// <summary>Everything the catalog says about one repository.</summary>
internal sealed class CatalogRepository
{
    private readonly HashSet<string> tags = new(StringComparer.Ordinal);
    private readonly HashSet<string> digests = new(StringComparer.Ordinal);

    // Ordered once, on first use: every image of the project that misses its tag asks, and a repository may list
    // thousands of tags, each comparison parsing two versions.
    private readonly Lazy<string[]> tagsNewestFirst;
    private readonly Lazy<string?> newestTag;

    public CatalogRepository(CatalogEntry first)
    {
        Sample = first.Reference;
        tagsNewestFirst = new(() => tags.OrderByDescending(t => t, TagOrder.Instance).ToArray());
        newestTag = new(() => TagOrder.Newest(tags));
    }

    /// <summary>The first entry of the repository, whose spelling replacements use.</summary>
    public ImageReference Sample { get; }

    public string Repository => Sample.Repository;

    /// <summary>Whether a line lists the repository alone: any tag is in the registry.</summary>
    public bool AnyTag { get; private set; }

    /// <summary>The tags listed, newest first.</summary>
    public IEnumerable<string> TagsNewestFirst => tagsNewestFirst.Value;

    /// <summary>The newest listed tag that is not <c>latest</c>, or null.</summary>
    public string? NewestTag => newestTag.Value;

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
