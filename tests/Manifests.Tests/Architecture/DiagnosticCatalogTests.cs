using System.Text.RegularExpressions;
using Manifests.Generators.Diagnostics;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Architecture;

/// <summary>
/// Every diagnostic a user can meet is documented where they look for it, and nothing documented is missing from the
/// code: its help page, its row in the README and in the diagnostics index, and its AnalyzerReleases entry.
/// </summary>
public partial class DiagnosticCatalogTests
{
    private static readonly ILookup<string, DiagnosticDescriptor> ById = DiagnosticDescriptors.All.ToLookup(d => d.Id);

    public static TheoryData<string> Ids => [.. ById.Select(group => group.Key).Order(StringComparer.Ordinal)];

    /// <summary>
    /// One ID may be an Error in one situation and a Warning in another (a mount of a volume the pod lacks, a volume
    /// nothing mounts): what a user silences together shares an ID, and its page says which situation is which.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptors_of_one_id_agree_on_title_category_and_help_page(string id)
    {
        var descriptors = ById[id].ToList();
        Assert.Single(descriptors.Select(d => d.Title.ToString()).Distinct());
        Assert.Single(descriptors.Select(d => d.Category).Distinct());
        Assert.All(descriptors, d => Assert.Contains(d.DefaultSeverity, new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning }));
        Assert.All(descriptors, d => Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", d.HelpLinkUri));
        Assert.True(File.Exists(Repository.PathOf("docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }

    /// <summary>The README's row says "(warning)" after a Warning's title, "(error or warning)" after an ID that is both.</summary>
    [Fact]
    public void The_readme_lists_every_id_with_its_title_and_nothing_else()
    {
        var rows = Rows(File.ReadAllText(Repository.PathOf("README.md")), @"^\| \[(KM\d{3})\]\(docs/diagnostics/KM\d{3}\.md\) \| ([^|]+?) \|$");
        Assert.Equal(Expected().Select(row => (row.Id, row.Title + SeveritySuffix(row.Id))), rows);
    }

    [Fact]
    public void The_diagnostics_index_lists_every_id_with_its_title_and_nothing_else()
    {
        var rows = Rows(File.ReadAllText(Repository.PathOf("docs", "diagnostics", "README.md")), @"^\| \[(KM\d{3})\]\(KM\d{3}\.md\) \| ([^|]+?) \|");
        Assert.Equal(Expected(), rows);
    }

    [Fact]
    public void Every_help_page_belongs_to_a_diagnostic()
    {
        var pages = Directory.GetFiles(Repository.PathOf("docs", "diagnostics"), "KM*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(ById.Select(group => group.Key).Order(StringComparer.Ordinal), pages);
    }

    [Fact]
    public void The_analyzer_releases_list_every_id_with_its_category_severity_and_title()
    {
        var releases = string.Concat(
            File.ReadAllText(Repository.PathOf("generators", "Manifests.Generators", "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Repository.PathOf("generators", "Manifests.Generators", "AnalyzerReleases.Unshipped.md")));
        var rows = ReleaseRow().Matches(releases).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value.Trim()));
        // An ID that is an Error in some situation is released as one.
        var expected = ById.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Category, g.Max(d => d.DefaultSeverity).ToString(), g.First().Title.ToString()));
        Assert.Equal(expected, rows.OrderBy(r => r.Item1, StringComparer.Ordinal));
    }

    private static IEnumerable<(string Id, string Title)> Expected()
        => ById.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First().Title.ToString()));

    private static string SeveritySuffix(string id)
    {
        var severities = ById[id].Select(d => d.DefaultSeverity).Distinct().ToList();
        return severities.Count > 1 ? " (error or warning)" : severities[0] == DiagnosticSeverity.Warning ? " (warning)" : string.Empty;
    }

    private static IEnumerable<(string Id, string Title)> Rows(string markdown, string pattern)
        => Regex.Matches(markdown, pattern, RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .OrderBy(row => row.Item1, StringComparer.Ordinal);

    [GeneratedRegex(@"^(KM\d{3}) \| ([\w.]+) \| (\w+) \| (.+)$", RegexOptions.Multiline)]
    private static partial Regex ReleaseRow();
}
