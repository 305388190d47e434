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

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptors_of_one_id_agree_on_title_category_severity_and_help_page(string id)
    {
        var descriptors = ById[id].ToList();
        Assert.Single(descriptors.Select(d => d.Title.ToString()).Distinct());
        Assert.Single(descriptors.Select(d => d.Category).Distinct());
        Assert.Single(descriptors.Select(d => d.DefaultSeverity).Distinct());
        Assert.All(descriptors, d => Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", d.HelpLinkUri));
        Assert.True(File.Exists(Repository.PathOf("docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }

    [Fact]
    public void The_readme_lists_every_id_with_its_title_and_nothing_else()
    {
        var rows = Rows(File.ReadAllText(Repository.PathOf("README.md")), @"^\| \[(KM\d{3})\]\(docs/diagnostics/KM\d{3}\.md\) \| ([^|]+?)(?: \(warning\))? \|$");
        Assert.Equal(Expected(), rows);
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
        var expected = ById.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Category, g.First().DefaultSeverity.ToString(), g.First().Title.ToString()));
        Assert.Equal(expected, rows.OrderBy(r => r.Item1, StringComparer.Ordinal));
    }

    private static IEnumerable<(string Id, string Title)> Expected()
        => ById.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First().Title.ToString()));

    private static IEnumerable<(string Id, string Title)> Rows(string markdown, string pattern)
        => Regex.Matches(markdown, pattern, RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .OrderBy(row => row.Item1, StringComparer.Ordinal);

    [GeneratedRegex(@"^(KM\d{3}) \| ([\w.]+) \| (\w+) \| (.+)$", RegexOptions.Multiline)]
    private static partial Regex ReleaseRow();
}
