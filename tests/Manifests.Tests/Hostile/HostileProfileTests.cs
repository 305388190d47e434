using System.Text;
using Manifests.Generators.Domain.Scheduling;

namespace Manifests.Tests.Hostile;

/// <summary>
/// The cluster profiles that killed or stalled the compiler, and each limit of <see cref="ProfileLimits"/>: every one
/// now reads to a KM303 saying what is wrong and what to do, at its line, within a bounded number of events.
/// </summary>
public class HostileProfileTests
{
    private const string Export = "export it again with 'kubectl get nodes -o yaml'";

    private const string ExpandsBeyond = "kubectl never writes aliases ('*name'), so write the nodes out in full or export them again with 'kubectl get nodes -o yaml'";

    [Fact]
    public async Task A_29_byte_alias_inside_the_node_it_names_is_refused_instead_of_overflowing_the_stack()
    {
        const string profile = "&r {kind: List, items: [*r]}\n";

        var diagnostic = Assert.Single(await HostileWorld.AnalyzeProfileAsync(profile));

        Assert.Equal("KM303", diagnostic.Id);
        Assert.Equal("Cluster profile 'nodes.yaml' cannot be used: the alias '*r' is inside the node it names, so it would repeat forever: remove it (kubectl never writes aliases)", diagnostic.GetMessage());
        Assert.Equal(new(0, 24), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public async Task A_hundred_kilobytes_of_nesting_stop_at_the_depth_limit(char open)
    {
        var profile = new string(open, 100_000);

        var reading = ClusterProfileReader.Read("nodes.yaml", profile);
        var diagnostic = Assert.Single(await HostileWorld.AnalyzeProfileAsync(profile));

        Assert.Equal($"Cluster profile 'nodes.yaml' cannot be used: it nests mappings and sequences deeper than 64 levels (kubectl's output nests about 10): {Export}", diagnostic.GetMessage());
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.InRange(reading.EventCount, 65, 70); // Nothing past the 65th level is read.
    }

    [Fact]
    public void Nested_aliases_worth_ten_million_nodes_stop_at_the_event_budget()
    {
        // Seven anchors, each a List of ten aliases of the one before: 864 bytes that meant 10,000,000 nodes.
        var profile = NestedAliases(levels: 7);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var reading = ClusterProfileReader.Read("nodes.yaml", profile);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var budget = ProfileLimits.Default.EventBudget(profile.Length);
        Assert.Equal(budget + 1, reading.EventCount);
        Assert.True(allocated < 4_000_000, $"{allocated} bytes");
        Assert.Empty(reading.Nodes);
        var problem = Assert.Single(reading.Problems);
        Assert.Equal($"its YAML aliases expand to more than {budget:N0} events, more than a file of {profile.Length:N0} characters holds without them: {ExpandsBeyond}", problem.Message);
        Assert.Equal((5, 27), (problem.Line, problem.Column)); // The first alias whose expansion runs past the budget.
    }

    [Fact]
    public async Task Nested_aliases_worth_a_billion_nodes_give_the_same_problem_in_the_same_time()
    {
        var reading = ClusterProfileReader.Read("nodes.yaml", NestedAliases(levels: 9));
        var diagnostic = Assert.Single(await HostileWorld.AnalyzeProfileAsync(NestedAliases(levels: 9)));

        Assert.Equal(ProfileLimits.Default.EventBudget(NestedAliases(levels: 9).Length) + 1, reading.EventCount);
        Assert.StartsWith("Cluster profile 'nodes.yaml' cannot be used: its YAML aliases expand to more than 12,040 events", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_within_the_budget_are_expanded_as_written()
    {
        const string profile = """
            kind: List
            items:
            - kind: Node
              metadata: {name: a, labels: &zone {topology.kubernetes.io/zone: z1, disk: ssd}}
              spec: {taints: [&gpu {key: gpu, value: a100, effect: NoSchedule}]}
            - kind: Node
              metadata: {name: b, labels: *zone}
              spec: {taints: [*gpu]}
            """;

        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", profile);

        Assert.Empty(problems);
        Assert.Equal(["a", "b"], nodes.Select(n => n.Name));
        Assert.All(nodes, n => Assert.Equal("ssd", n.Labels["disk"]));
        Assert.All(nodes, n => Assert.Equal(new NodeTaint("gpu", "a100", "NoSchedule"), Assert.Single(n.Taints)));
    }

    [Theory]
    [InlineData("kind: List\nitems: [*nope]\n", 1, 8, "the alias '*nope' names no anchor '&nope' before it: define the anchor first, or write the value out")]
    [InlineData("&n {kind: Node, metadata: {name: a}}\n---\n*n\n", 2, 0, "the alias '*n' names no anchor '&n' before it: define the anchor first, or write the value out")]
    [InlineData("kind: Node\nmetadata: {name: a, labels: &l {x: *l}}\n", 1, 35, "the alias '*l' is inside the node it names, so it would repeat forever: remove it (kubectl never writes aliases)")]
    public void An_alias_names_an_anchor_before_it_in_its_own_document(string profile, int line, int column, string message)
    {
        var problem = Assert.Single(ClusterProfileReader.Read("nodes.yaml", profile).Problems);
        Assert.Equal((line, column, message), (problem.Line, problem.Column, problem.Message));
    }

    [Theory]
    [InlineData("\uF956\uFEFF}: [b\u0000\uF512\u947C[b\r\u77B7? \u9647\uFEFF\u5700\uC717{b\\]-", "Operation is not valid due to the current state of the object.")]
    [InlineData(" !!]\n?\uC090\t\r'[\uBDAC@\u2028&b'@\uE4E3.|&", "Global tags must be valid URIs. (Parameter 'value')")]
    public void What_the_parser_throws_besides_YamlException_is_a_problem_too(string profile, string parserMessage)
    {
        // Found by the property tests: YamlDotNet throws InvalidOperationException and ArgumentException on these.
        var problem = Assert.Single(ClusterProfileReader.Read("nodes.yaml", profile).Problems);
        Assert.Equal($"it is not valid YAML or JSON ({parserMessage}): {Export}", problem.Message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var limits = new ProfileLimits { MaxCharacters = 100 };
        Assert.Null(ClusterProfileReader.TooLarge("nodes.yaml", 100, limits));

        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", "kind: Node\nmetadata: {name: a}\n" + new string('#', 100), limits);

        Assert.Empty(nodes);
        Assert.Equal(
            "it has 131 characters, more than the 100 read (kubectl prints about 5,000 nodes in that): keep only what the scheduler reads, each node's metadata.name and labels, spec and status.allocatable (with jq, for instance)",
            Assert.Single(problems).Message);
        Assert.StartsWith("it has 100,000,000 characters, more than the 67,108,864 read", ClusterProfileReader.TooLarge("nodes.yaml", 100_000_000, ProfileLimits.Default)!.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_objects_than_a_cluster_has_nodes_are_refused_at_the_first_one_too_many()
    {
        var profile = "kind: List\nitems:\n" + string.Concat(Enumerable.Range(0, 4).Select(i => $"- {{kind: Node, metadata: {{name: n{i}}}}}\n"));

        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", profile, new ProfileLimits { MaxObjects = 3 });

        Assert.Empty(nodes);
        var problem = Assert.Single(problems);
        Assert.Equal((5, 2), (problem.Line, problem.Column));
        Assert.Equal("it lists more than 3 objects, more than the nodes of the largest Kubernetes cluster: export one cluster with 'kubectl get nodes -o yaml'", problem.Message);
    }

    [Fact]
    public void Aliases_repeating_objects_stop_at_the_object_limit_long_before_a_larger_budget()
    {
        // A List's items are read one object at a time, so the limit on objects stops a bomb as soon as it is passed.
        var limits = new ProfileLimits { BaseEvents = 100_000_000 };

        var reading = ClusterProfileReader.Read("nodes.yaml", NestedAliases(levels: 9), limits);

        Assert.StartsWith("it lists more than 5,000 objects", Assert.Single(reading.Problems).Message, StringComparison.Ordinal);
        Assert.InRange(reading.EventCount, 5_001 * 9, 5_001 * 11);
    }

    [Fact]
    public void A_hundred_problems_are_listed_and_the_last_counts_the_rest()
    {
        var profile = "kind: List\nitems:\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"- {{kind: Pod, metadata: {{name: p{i}}}}}\n"));

        var problems = ClusterProfileReader.Read("nodes.yaml", profile).Problems;

        Assert.Equal(ProfileLimits.Default.MaxListedProblems + 1, problems.Length);
        Assert.Equal(Enumerable.Range(2, 101), problems.Select(p => p.Line));
        Assert.Equal("a 'Pod' is not a Node: the cluster profile holds only Nodes ('kubectl get nodes -o yaml')", problems[99].Message);
        Assert.Equal("a 'Pod' is not a Node: the cluster profile holds only Nodes ('kubectl get nodes -o yaml'); 49 more problems follow, not listed one by one: fix these and build again to see them", problems[100].Message);
    }

    [Theory]
    [InlineData("metadata: {name: a, labels: {x: '1', y: '2', z: '3'}}\n", 1, 28, "a node has more than 2 labels, more than any real node: export the cluster's nodes again with 'kubectl get nodes -o yaml'")]
    [InlineData("metadata: {name: a}\nspec: {taints: [{key: x, effect: NoSchedule}, {key: y, effect: NoSchedule}, {key: z, effect: NoSchedule}]}\n", 2, 15, "a node has more than 2 taints, more than any real node: export the cluster's nodes again with 'kubectl get nodes -o yaml'")]
    [InlineData("metadata: {name: a, labels: {x: '12345678901'}}\n", 1, 32, "it has a value of 11 characters, longer than any the scheduler reads (the longest Kubernetes allows, a qualified key, has 317): export it again with 'kubectl get nodes -o yaml'")]
    [InlineData("metadata: {name: a, labels: {'12345678901': x}}\n", 1, 29, "it has a value of 11 characters, longer than any the scheduler reads (the longest Kubernetes allows, a qualified key, has 317): export it again with 'kubectl get nodes -o yaml'")]
    public void A_node_past_a_limit_makes_the_file_unusable_with_a_problem_at_its_line(string node, int line, int column, string message)
    {
        var limits = new ProfileLimits { MaxLabelsPerNode = 2, MaxTaintsPerNode = 2, MaxValueLength = 10 };

        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", "kind: Node\n" + node, limits);

        Assert.Empty(nodes);
        var problem = Assert.Single(problems);
        Assert.Equal((line, column, message), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void Values_outside_what_the_scheduler_reads_are_not_limited()
    {
        var annotation = new string('x', 100_000);
        var (nodes, problems) = ClusterProfileReader.Read("nodes.yaml", $"kind: Node\nmetadata:\n  name: a\n  annotations: {{last-applied: '{annotation}'}}\n");

        Assert.Empty(problems);
        Assert.Equal("a", Assert.Single(nodes).Name);
    }

    [Fact]
    public void A_message_quotes_at_most_a_hundred_characters_of_a_name()
    {
        var kind = new string('K', 400);
        var problem = Assert.Single(ClusterProfileReader.Read("nodes.yaml", $"kind: {kind}\n").Problems);
        Assert.Equal($"a '{new string('K', 99)}…' is not a Node: the cluster profile holds only Nodes ('kubectl get nodes -o yaml')", problem.Message);
    }

    [Fact]
    public void A_repeated_key_where_the_scheduler_reads_is_invalid_yaml_as_it_always_was()
    {
        var problem = Assert.Single(ClusterProfileReader.Read("nodes.yaml", "kind: Node\nmetadata:\n  name: a\n  name: b\n").Problems);
        Assert.Equal((3, 2), (problem.Line, problem.Column));
        Assert.Equal($"it is not valid YAML or JSON (Duplicate key name): {Export}", problem.Message);
    }

    /// <summary>Anchored Lists, each of ten aliases of the one before: ten to the power of <paramref name="levels"/> nodes.</summary>
    private static string NestedAliases(int levels)
    {
        var text = new StringBuilder("kind: List\nitems:\n- &l0 {kind: List, items: [");
        text.Append(string.Join(", ", Enumerable.Repeat("{kind: Node, metadata: {name: n}}", 10))).Append("]}\n");
        for (var i = 1; i < levels; i++)
        {
            text.Append($"- &l{i} {{kind: List, items: [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]}}\n");
        }
        return text.ToString();
    }
}
