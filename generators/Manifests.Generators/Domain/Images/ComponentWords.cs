using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// The vocabulary KM204 judges image paths with: names cut into lower-case words, and the well-known tier words that
/// tell a frontend from a backend from a database.
/// </summary>
internal static class ComponentWords
{
    public const string Frontend = "frontend";
    public const string Backend = "backend";
    public const string Database = "database";

    /// <summary>Each tier word and the tier it names.</summary>
    private static readonly ImmutableDictionary<string, string> TierOf = new Dictionary<string, string[]>
    {
        [Frontend] = new[] { "front", "frontend", "web", "webapp", "ui" },
        [Backend] = new[] { "back", "backend", "api", "server" },
        [Database] = new[] { "db", "database", "postgres", "postgresql", "mysql", "mariadb", "redis", "mongo", "mongodb" },
    }.SelectMany(group => group.Value.Select(word => (word, tier: group.Key))).ToImmutableDictionary(p => p.word, p => p.tier);

    /// <summary>Words that say nothing about which component something is.</summary>
    private static readonly ImmutableHashSet<string> Generic = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "app", "application", "svc", "service", "k8s", "kube", "docker", "image", "img", "container", "main", "pod",
        "deployment", "deploy", "replicaset", "default", "latest", "stable", "prod", "production", "dev", "staging",
        "test", "the", "and", "of", "v");

    /// <summary>Label keys whose value says which component a workload is.</summary>
    public static readonly ImmutableArray<string> ComponentLabelKeys = ImmutableArray.Create(
        "tier", "component", "app.kubernetes.io/component", "role", "layer", "app");

    /// <summary>The lower-case ASCII words of <paramref name="text"/>: runs of letters and digits.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = -1;
        var lower = text.ToLowerInvariant();
        for (var i = 0; i <= lower.Length; i++)
        {
            var isWordCharacter = i < lower.Length && lower[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (isWordCharacter && start < 0)
            {
                start = i;
            }
            else if (!isWordCharacter && start >= 0)
            {
                yield return lower.Substring(start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> that can tell components apart: no generic words, no bare numbers.</summary>
    public static IEnumerable<string> Meaningful(string text)
        => Split(text).Where(w => !Generic.Contains(w) && !w.All(char.IsDigit));

    /// <summary>The tier a word names (<c>frontend</c>, <c>backend</c>, <c>database</c>), or null; <c>db2</c> counts as <c>db</c>.</summary>
    public static string? Tier(string word)
    {
        if (TierOf.TryGetValue(word, out var tier))
        {
            return tier;
        }
        var stem = word.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return stem.Length > 0 && stem.Length < word.Length && TierOf.TryGetValue(stem, out tier) ? tier : null;
    }

    /// <summary>Whether <paramref name="word"/> is a tier word, which is never dropped as merely common to the project.</summary>
    public static bool IsTierWord(string word) => Tier(word) is not null;
}
