using System;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// A container image reference that passed the grammar of github.com/distribution/reference
/// (<c>[host[:port]/]path[:tag][@digest]</c>), with its parts as written and normalised the way Docker and the kubelet
/// normalise them: no registry means <c>docker.io</c>, and a one-component path on Docker Hub gets <c>library/</c>.
/// Built only by <see cref="ImageReferenceParser.Parse"/>. The derived parts are computed once: the image rules ask
/// for them for every container, several times each.
/// </summary>
internal sealed record ImageReference
{
    /// <summary>Docker Hub, the registry of every reference that names none.</summary>
    public const string DefaultRegistry = "docker.io";

    /// <summary>The tag the runtime pulls when a reference has neither tag nor digest.</summary>
    public const string LatestTag = "latest";

    /// <param name="text">The reference exactly as written.</param>
    /// <param name="domain">The registry host and port as written, or null when the reference names none.</param>
    /// <param name="path">The repository path as written, without registry, tag or digest: <c>shop/frontend</c>.</param>
    /// <param name="tag">The tag, or null.</param>
    /// <param name="digest">The digest (<c>sha256:…</c>), or null.</param>
    public ImageReference(string text, string? domain, string path, string? tag, string? digest)
    {
        Text = text;
        Domain = domain;
        Path = path;
        Tag = tag;
        Digest = digest;
        Registry = NormaliseRegistry(domain);
        RepositoryPath = Registry == DefaultRegistry && path.IndexOf('/') < 0 ? "library/" + path : path;
        Repository = Registry + "/" + RepositoryPath;
        Name = path.Substring(path.LastIndexOf('/') + 1);
        Namespace = Repository.Substring(0, Repository.LastIndexOf('/'));
    }

    /// <summary>The reference exactly as written.</summary>
    public string Text { get; }

    /// <summary>The registry host and port as written, or null when the reference names none.</summary>
    public string? Domain { get; }

    /// <summary>The repository path as written, without registry, tag or digest: <c>shop/frontend</c>.</summary>
    public string Path { get; }

    /// <summary>The tag, or null.</summary>
    public string? Tag { get; }

    /// <summary>The digest (<c>sha256:…</c>), or null.</summary>
    public string? Digest { get; }

    /// <summary>The registry, lower-cased (host names are case-insensitive), <c>docker.io</c> when none is written.</summary>
    public string Registry { get; }

    /// <summary>The repository path on <see cref="Registry"/>: <c>nginx</c> on Docker Hub is <c>library/nginx</c>.</summary>
    public string RepositoryPath { get; }

    /// <summary>The fully qualified repository, the key catalogs and policies compare: <c>docker.io/library/nginx</c>.</summary>
    public string Repository { get; }

    /// <summary>The repository's own name, its last path component: <c>frontend</c> in <c>shop/frontend</c>.</summary>
    public string Name { get; }

    /// <summary>Where the repository lives: the registry and every path component but the last (<c>idock.daumkakao.io/shop</c>).</summary>
    public string Namespace { get; }

    /// <summary>Whether the registry was left implicit (so it is Docker Hub).</summary>
    public bool HasImplicitRegistry => Domain is null;

    /// <summary>
    /// Whether what gets pulled can change under the same reference: no digest and either no tag or <c>latest</c>.
    /// Kubernetes also defaults imagePullPolicy to Always for these.
    /// </summary>
    public bool IsMutable => Digest is null && (Tag is null || Tag == LatestTag);

    /// <summary>The registry and path as written, without tag or digest: the form to build a replacement from.</summary>
    public string WrittenRepository => Domain is null ? Path : Domain + "/" + Path;

    /// <summary>This repository, as written, with <paramref name="tag"/> and no digest.</summary>
    public string WithTag(string tag) => WrittenRepository + ":" + tag;

    /// <summary>Lower-cases a registry, maps Docker Hub's legacy host names to <c>docker.io</c>, and defaults to it.</summary>
    internal static string NormaliseRegistry(string? domain)
    {
        if (domain is null)
        {
            return DefaultRegistry;
        }
        var lower = domain.ToLowerInvariant();
        return lower is "index.docker.io" or "registry-1.docker.io" ? DefaultRegistry : lower;
    }

    /// <summary>Whether two references name the same repository, however each spells the registry.</summary>
    public bool IsSameRepository(ImageReference other) => string.Equals(Repository, other.Repository, StringComparison.Ordinal);
}

/// <summary>What is wrong with an image reference, in words a newcomer understands, and the repaired reference when the repair is mechanical.</summary>
/// <param name="Reason">Every problem found and what to write instead, in the order they were found.</param>
/// <param name="Suggestion">The whole reference repaired (trimmed, without URL scheme, lower-cased), when every problem is mechanical; else null.</param>
internal sealed record ImageProblem(string Reason, string? Suggestion = null);
