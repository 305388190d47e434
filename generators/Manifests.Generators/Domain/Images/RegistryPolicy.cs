using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// The registries a team pulls from: the union of <c>[assembly: ManifestDefaults(AllowedRegistries = new[] { … })]</c>
/// and the MSBuild property <c>ManifestsAllowedRegistries</c> (';' or ',' separated). An entry is a host, optionally
/// with port and a path prefix (<c>idock.daumkakao.io</c>, <c>localhost:5000</c>, <c>idock.daumkakao.io/shop</c>);
/// <c>docker.io</c> stands for Docker Hub, the registry of every image that names none. No entries: every registry is allowed.
/// </summary>
internal sealed class RegistryPolicy
{
    private RegistryPolicy(ImmutableArray<AllowedRegistry> entries) => Entries = entries;

    /// <summary>The allowed registries, deduplicated, in the order written.</summary>
    public ImmutableArray<AllowedRegistry> Entries { get; }

    /// <summary>Whether the team declared no registry, in which case KM202 stays silent.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>The entries as a list for messages: <c>'idock.daumkakao.io', 'localhost:5000'</c>.</summary>
    public string Describe() => string.Join(", ", Entries.Select(e => "'" + e.Text + "'"));

    /// <param name="declared">The entries of <c>ManifestDefaults.AllowedRegistries</c>.</param>
    /// <param name="property">The MSBuild property's value: entries separated by ';' or ','; null when unset.</param>
    public static RegistryPolicy Create(IEnumerable<string> declared, string? property)
    {
        var builder = ImmutableArray.CreateBuilder<AllowedRegistry>();
        foreach (var entry in declared)
        {
            Add(builder, entry);
        }
        if (property is not null)
        {
            foreach (var entry in property.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                Add(builder, entry);
            }
        }
        return new RegistryPolicy(builder.ToImmutable());
    }

    /// <summary>Whether <paramref name="image"/> comes from an allowed registry (always, when none is declared).</summary>
    public bool Allows(ImageReference image) => IsEmpty || Entries.Any(e => e.Matches(image));

    private static void Add(ImmutableArray<AllowedRegistry>.Builder builder, string text)
    {
        if (AllowedRegistry.Parse(text) is { } entry && !builder.Any(e => e.Registry == entry.Registry && e.PathPrefix == entry.PathPrefix))
        {
            builder.Add(entry);
        }
    }
}

/// <summary>One allowed registry: a normalised host (and port), and an optional repository path prefix.</summary>
internal sealed record AllowedRegistry(string Text, string Registry, string? PathPrefix)
{
    /// <summary>Reads an entry leniently: surrounding space, a URL scheme and trailing '/' are ignored; blank is nothing.</summary>
    public static AllowedRegistry? Parse(string text)
    {
        var value = text.Trim();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            value = value.Substring(scheme + 3);
        }
        value = value.Trim('/');
        if (value.Length == 0)
        {
            return null;
        }
        var slash = value.IndexOf('/');
        var host = slash < 0 ? value : value.Substring(0, slash);
        var prefix = slash < 0 ? null : value.Substring(slash + 1).ToLowerInvariant();
        return new AllowedRegistry(value, ImageReference.NormaliseRegistry(host), prefix);
    }

    /// <summary>Same registry, and the repository path is the prefix or lies under it (component-wise).</summary>
    public bool Matches(ImageReference image)
        => image.Registry == Registry
            && (PathPrefix is null
                || image.RepositoryPath == PathPrefix
                || image.RepositoryPath.StartsWith(PathPrefix + "/", StringComparison.Ordinal));
}
