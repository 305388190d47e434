using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>One repository's tag, set from outside the code.</summary>
/// <param name="Repository">The repository as written in images, without tag (<c>idock.daumkakao.io/shop/frontend</c>).</param>
/// <param name="Tag">The tag to ship.</param>
internal sealed record RepositoryTag(string Repository, string Tag);

/// <summary>
/// The image tags CI sets for a build (<c>-p:ManifestsImageTag=1.4.3</c> for every image, <c>ManifestsImageTags</c> for
/// some repositories), as the generator and the analyzers read them: what the build writes, and what the checks judge.
/// </summary>
/// <param name="All">The tag of every tagged image, or null.</param>
/// <param name="PerRepository">The tags of single repositories, which win over <paramref name="All"/>.</param>
internal sealed record ImageTags(string? All, EquatableArray<RepositoryTag> PerRepository)
{
    public static readonly ImageTags None = new(null, EquatableArray<RepositoryTag>.Empty);

    public bool IsEmpty => All is null && PerRepository.IsEmpty;

    /// <summary>
    /// Reads the analyzer-config value the package's targets write: entries separated by ',', each <c>repository=tag</c>
    /// or <c>*=tag</c> for every image. Malformed entries are skipped.
    /// </summary>
    public static ImageTags Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }
        string? all = null;
        var perRepository = new System.Collections.Generic.List<RepositoryTag>();
        foreach (var entry in value!.Split(','))
        {
            var equals = entry.LastIndexOf('=');
            if (equals <= 0 || equals == entry.Length - 1)
            {
                continue;
            }
            var repository = entry.Substring(0, equals).Trim();
            var tag = entry.Substring(equals + 1).Trim();
            if (repository == "*")
            {
                all = tag;
            }
            else
            {
                perRepository.Add(new RepositoryTag(repository, tag));
            }
        }
        return new ImageTags(all, perRepository.ToEquatableArray());
    }
}
