using System.Globalization;
using System.Text.RegularExpressions;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Diagnostics;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The help pages of the pod's rules say what the analyzer says: each page's example, compiled, gets exactly the
/// messages the page shows for its ID, and every message a page shows is one its ID's descriptors can write.
/// </summary>
public partial class PodHelpPageTests
{
    public static TheoryData<string> Pages => ["KM123", "KM124", "KM125", "KM126", "KM127", "KM401", "KM403", "KM404", "KM405", "KM406"];

    /// <summary>The pages of the IDs the pod's rules reuse, which show the new messages beside their own.</summary>
    public static TheoryData<string> ReusedPages => ["KM101", "KM103", "KM104", "KM106", "KM107", "KM108", "KM115", "KM117", "KM120", "KM122"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_example_gets_exactly_the_messages_the_page_shows(string id)
    {
        var blocks = Blocks(id);
        var exampleIndex = blocks.FindIndex(block => block.Language == "csharp");
        Assert.True(exampleIndex >= 0 && exampleIndex + 1 < blocks.Count && blocks[exampleIndex + 1].Language == "text", $"{id}.md has no example followed by its messages");
        var compilation = TestCompilation.Create("using Manifests;\n" + blocks[exampleIndex].Body);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var produced = (await compilation.WithAnalyzers([new WorkloadAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        var shown = Messages(blocks[exampleIndex + 1].Body).ToList();

        Assert.All(shown, line => Assert.Contains(line, produced));
        Assert.Equal(produced.Where(line => line.Contains(" " + id + ": ", StringComparison.Ordinal)).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    [MemberData(nameof(ReusedPages))]
    public void Every_message_a_page_shows_is_one_its_descriptors_write(string id)
    {
        var lines = Blocks(id).Where(block => block.Language == "text").SelectMany(block => Messages(block.Body)).ToList();
        Assert.NotEmpty(lines);
        var formats = DiagnosticDescriptors.All.Where(d => d.Id == id)
            .Select(d => new Regex("^" + d.DefaultSeverity.ToString().ToLowerInvariant() + " " + id + ": " + Pattern(d.MessageFormat.ToString(CultureInfo.InvariantCulture)) + "$"))
            .ToList();
        Assert.All(lines, line => Assert.True(formats.Any(format => format.IsMatch(line)), $"{id}.md shows a message no descriptor writes: {line}"));
    }

    /// <summary>A message format as a pattern: each placeholder matches any text, everything else itself.</summary>
    private static string Pattern(string format)
    {
        var escaped = Regex.Escape(format.Replace("{{", "\u0001").Replace("}}", "\u0002"));
        return Placeholder().Replace(escaped, ".*").Replace("\u0001", "\\{").Replace("\u0002", "\\}");
    }

    private static IEnumerable<string> Messages(string text)
        => text.Split('\n').Where(line => line.StartsWith("error KM", StringComparison.Ordinal) || line.StartsWith("warning KM", StringComparison.Ordinal));

    private static List<(string Language, string Body)> Blocks(string id)
        => [.. FencedBlock().Matches(File.ReadAllText(Repository.PathOf("docs", "diagnostics", id + ".md")).Replace("\r\n", "\n"))
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value))];

    [GeneratedRegex(@"^```(\w+)\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"\\\{\d+}")]
    private static partial Regex Placeholder();
}
