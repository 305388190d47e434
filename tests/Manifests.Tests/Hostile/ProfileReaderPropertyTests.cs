using System.Text;
using CsCheck;
using Manifests.Generators.Domain.Scheduling;

namespace Manifests.Tests.Hostile;

/// <summary>
/// Whatever the file, reading a cluster profile returns (never throws), reads at most the event budget, allocates
/// memory linear in the file, and reads a well-formed profile exactly as the whole-document reader did. Costs are
/// asserted on what the reader counts and allocates, never on the clock.
/// </summary>
public class ProfileReaderPropertyTests
{
    /// <summary>YAML's and JSON's syntax, line breaks of every kind, and characters YamlDotNet's scanner treats specially.</summary>
    private const string Syntax = "[]{}:,-?&*!|>'\"%@`# \t\n\r\u0085\u2028\ufeff\0\\.akN";

    [Fact]
    public void Any_text_reads_to_nodes_or_problems_within_the_budget_and_linear_memory()
        => Gen.OneOf(
                Gen.String[Gen.Char[Syntax], 0, 200],
                Gen.String[Gen.OneOf(Gen.Char[Syntax], Gen.Char), 0, 400],
                Gen.Byte.Array[0, 400].Select(bytes => Encoding.UTF8.GetString(bytes)))
            .Sample(text => { ReadsWithinBounds(text); }, iter: 20_000);

    [Fact]
    public void Kubectl_files_with_every_field_missing_empty_or_mistyped_read_as_they_always_did()
        => ProfileDocuments.Kubectl.Sample(text =>
        {
            var reading = ReadsWithinBounds(text);
            var (nodes, problems) = TreeProfileReader.Read("nodes.yaml", text);

            Assert.Equal(problems.Select(p => (p.Line, p.Column, p.Message)), reading.Problems.Select(p => (p.Line, p.Column, p.Message)));
            Assert.Equal(nodes.Select(Describe), reading.Nodes.Select(Describe));
        }, iter: 2_000);

    [Fact]
    public void Alias_graphs_expand_exactly_within_the_budget_and_stop_at_it()
        => ProfileDocuments.AliasGraphs.Sample(graph =>
        {
            var text = graph.Text;
            var reading = ReadsWithinBounds(text);
            var budget = ProfileLimits.Default.EventBudget(text.Length);
            if (!graph.IsAcyclic)
            {
                // Refused at the alias, unless the anchors before it already spend the budget.
                var message = Assert.Single(reading.Problems).Message;
                Assert.True(message.StartsWith("the alias '*a", StringComparison.Ordinal) || message.StartsWith("its YAML aliases expand", StringComparison.Ordinal), message);
            }
            else if (graph.EventCount <= budget && graph.NodeCount <= ProfileLimits.Default.MaxObjects)
            {
                Assert.Equal(graph.EventCount, reading.EventCount);
                Assert.Equal(graph.NodeCount, reading.Nodes.Length);
            }
            else
            {
                // Whichever limit the expansion passes first stops it: the events, or the objects.
                var message = Assert.Single(reading.Problems).Message;
                if (message.StartsWith("its YAML aliases expand to more than", StringComparison.Ordinal))
                {
                    Assert.Equal(budget + 1, reading.EventCount);
                }
                else
                {
                    Assert.StartsWith("it lists more than 5,000 objects", message, StringComparison.Ordinal);
                }
            }
        }, iter: 3_000);

    [Fact]
    public void Aliases_of_one_document_that_spend_the_budget_are_blamed_when_a_later_document_crosses_it()
    {
        // The budget is the whole file's; anchors are each document's. The first document's aliases spend most of it,
        // and the second, without any alias, crosses it: the message must still name the aliases.
        var crossedInTheSecond = 0;
        for (var aliases = 1; aliases <= 400; aliases++)
        {
            var text = "a: &a [" + string.Join(",", Enumerable.Repeat("x", 40)) + "]\nb: [" + string.Join(",", Enumerable.Repeat("*a", aliases)) + "]\n---\n"
                + "c: [" + string.Join(",", Enumerable.Repeat("y", 200)) + "]\n";
            var problem = ClusterProfileReader.Read("nodes.yaml", text).Problems.FirstOrDefault(p => p.Message.Contains("events", StringComparison.Ordinal));
            if (problem is null)
            {
                continue;
            }
            Assert.StartsWith("its YAML aliases expand to more than", problem.Message, StringComparison.Ordinal);
            crossedInTheSecond += problem.Line >= 3 ? 1 : 0;
        }
        Assert.True(crossedInTheSecond > 0, "no file crossed the budget in its second document");
    }

    [Fact]
    public void Nesting_stops_at_the_depth_limit_and_reads_nothing_past_it()
        => ProfileDocuments.Nesting.Sample((depth, text) =>
        {
            var reading = ReadsWithinBounds(text);
            var tooDeep = reading.Problems.Any(p => p.Message.StartsWith("it nests mappings and sequences deeper than 64 levels", StringComparison.Ordinal));
            Assert.Equal(depth > ProfileLimits.Default.MaxDepth, tooDeep);
            if (tooDeep)
            {
                // At most a key and a start for each level up to the one too many, and the stream's and document's starts.
                Assert.InRange(reading.EventCount, 0, (2 * (ProfileLimits.Default.MaxDepth + 1)) + 2);
            }
        }, iter: 2_000);

    /// <summary>
    /// Reads <paramref name="text"/> and checks the bounds every reading keeps. The allocation bound is what YamlDotNet's
    /// parser needs for its buffers and tokens (measured: 14 bytes a character of kubectl's output), plus the memory of
    /// each event read (measured: under 100 bytes, replayed ones included), plus a constant for the parser itself.
    /// </summary>
    private static ProfileReading ReadsWithinBounds(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var reading = ClusterProfileReader.Read("nodes.yaml", text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(reading.EventCount, 0, ProfileLimits.Default.EventBudget(text.Length) + 1);
        var bound = (256 * 1024) + (64L * text.Length) + (200L * reading.EventCount);
        Assert.True(allocated <= bound, $"{allocated} bytes for {text.Length} characters and {reading.EventCount} events");
        Assert.True(!reading.Nodes.IsEmpty || !reading.Problems.IsEmpty, "a reading without nodes says why");
        Assert.All(reading.Problems, p => Assert.True(p.Message.Length <= 600, p.Message));
        return reading;
    }

    private static string Describe(ClusterNode node)
        => $"{node.Name} [{string.Join(",", node.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))}] [{string.Join(",", node.Taints.Select(t => $"{t.Key}={t.Value}:{t.Effect}"))}] {node.Unschedulable} {node.AllocatableCpu} {node.AllocatableMemory}";
}
