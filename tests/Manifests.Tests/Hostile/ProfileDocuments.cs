using System.Numerics;
using System.Text;
using CsCheck;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Manifests.Tests.Hostile;

/// <summary>Cluster profiles for property tests: what kubectl prints and what people get wrong, alias graphs, deep nesting.</summary>
internal static class ProfileDocuments
{
    /// <summary>
    /// One to three documents of kubectl objects (Lists, Nodes, Pods), with missing, empty and wrongly typed fields and
    /// unknown ones, written as block YAML or as JSON. No aliases and no repeated keys: what the old reader could read.
    /// </summary>
    public static readonly Gen<string> Kubectl = Gen.Select(Gen.Int, Gen.Bool).Select((seed, json) => new RandomObjects(new Random(seed), json).File());

    /// <summary>
    /// Anchored Lists whose items are Nodes or aliases of anchors: <c>Targets[i]</c> lists anchor i's items, -1 for a
    /// Node, k for <c>*a{k}</c>. Mostly each alias names an earlier anchor, so that fan-outs multiply along chains (from
    /// a few nodes to 10^12); a time in three one alias names its own anchor (a cycle) or a later one (not defined yet).
    /// </summary>
    public static readonly Gen<AliasGraph> AliasGraphs = Gen.Int[1, 10]
        .SelectMany(count => Gen.Select(Gen.Int[0, Choices - 1].Array[0, 12].Array[count], Gen.Int[0, 5], Gen.Int[0, count - 1]))
        .Select((choices, defect, anchor) =>
        {
            // Each choice picks a Node or an earlier anchor: -1 to i-1.
            var targets = choices.Select((items, i) => items.Select(choice => (int)((long)choice * (i + 1) / Choices) - 1).ToArray()).ToArray();
            if (defect < 2)
            {
                targets[anchor] = [.. targets[anchor], defect == 0 ? anchor : anchor + 1];
            }
            return new AliasGraph(targets);
        });

    private const int Choices = 1 << 20;

    /// <summary>Mappings and sequences nested up to 300 deep, in flow and block style, closed or not.</summary>
    public static readonly Gen<(int Depth, string Text)> Nesting = Gen.Select(Gen.Int[0, 300], Gen.Int[0, 3], Gen.Bool)
        .Select((depth, style, closed) => (depth, Nest(depth, style, closed)));

    private static string Nest(int depth, int style, bool closed) => style switch
    {
        0 => new string('[', depth) + (closed ? new string(']', depth) : string.Empty),
        1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "b" + (closed ? new string('}', depth) : string.Empty),
        2 => string.Concat(Enumerable.Repeat("- ", depth)) + "x\n",
        _ => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth) + "v\n",
    };

    /// <summary>An alias graph and what reading it must give.</summary>
    internal sealed record AliasGraph(int[][] Targets)
    {
        /// <summary>Every alias names an anchor before it: the graph is a DAG and the file reads if the budget allows.</summary>
        public bool IsAcyclic => Targets.Select((items, i) => items.All(k => k < i)).All(ok => ok);

        /// <summary>Every anchor as its items, for CsCheck's report of a failing case.</summary>
        public override string ToString() => string.Join(" | ", Targets.Select(items => string.Join(",", items)));

        public string Text
        {
            get
            {
                var text = new StringBuilder("kind: List\nitems:\n");
                for (var i = 0; i < Targets.Length; i++)
                {
                    var items = Targets[i].Select(k => k < 0 ? "{kind: Node, metadata: {name: n}}" : "*a" + k);
                    text.Append($"- &a{i} {{kind: List, items: [{string.Join(", ", items)}]}}\n");
                }
                return text.ToString();
            }
        }

        /// <summary>The nodes the file describes once every alias is expanded; for an acyclic graph.</summary>
        public BigInteger NodeCount => Sum((items, counts) => items.Aggregate(BigInteger.Zero, (sum, k) => sum + (k < 0 ? 1 : counts[k])));

        /// <summary>
        /// The events the reader takes to read it all, for an acyclic graph: 11 for the stream, document and List around
        /// the anchors, 7 for each anchored List, 9 for each Node, and for each alias 1 plus the events it repeats.
        /// </summary>
        public BigInteger EventCount => 11 + Sum((items, counts) => 7 + items.Aggregate(BigInteger.Zero, (sum, k) => sum + (k < 0 ? 9 : 1 + counts[k])));

        /// <summary>Sums a measure over the anchors, each measured from the anchors before it (every alias names one).</summary>
        private BigInteger Sum(Func<int[], BigInteger[], BigInteger> measure)
        {
            var counts = new BigInteger[Targets.Length];
            for (var i = 0; i < Targets.Length; i++)
            {
                counts[i] = measure(Targets[i], counts);
            }
            return counts.Aggregate(BigInteger.Zero, BigInteger.Add);
        }
    }

    /// <summary>Random kubectl objects as YamlDotNet nodes, written out by its emitter.</summary>
    private sealed class RandomObjects(Random random, bool json)
    {
        private static readonly string[] Kinds = ["Node", "Node", "Node", "List", "NodeList", "Pod", ""];
        private static readonly string[] Effects = ["NoSchedule", "NoExecute", "PreferNoSchedule", "Sometimes"];
        private static readonly string[] Words = ["a", "node-1", "role/lb", "node-role.kubernetes.io/master", "true", "false", "True", "", "x: y", "#hash", "it's", "naïve", "4", "3800m", "15Gi", "16265048Ki", "null", "~"];

        public string File()
        {
            var documents = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new YamlDocument(Root())).ToList();
            var writer = new StringWriter();
            new YamlStream(documents).Save(writer, assignAnchors: false);
            return writer.ToString();
        }

        private YamlNode Root() => random.Next(10) switch
        {
            0 => Scalar(Pick(Words)),
            1 => Junk(2),
            _ => Object(3),
        };

        private YamlNode Object(int depth)
        {
            var fields = new List<(string, YamlNode)>();
            Maybe(0.9, () => fields.Add(("kind", Scalar(Pick(Kinds)))));
            Maybe(0.3, () => fields.Add(("apiVersion", Scalar("v1"))));
            if (depth > 0)
            {
                Maybe(0.4, () => fields.Add(("items", Sequence(random.Next(0, 4), () => random.Next(10) == 0 ? Junk(1) : Object(depth - 1)))));
            }
            Maybe(0.9, () => fields.Add(("metadata", Mapping(
                ("name", random.Next(8) == 0 ? Junk(1) : Scalar(Pick(Words))),
                ("labels", random.Next(8) == 0 ? Junk(1) : Mapping(Enumerable.Range(0, random.Next(0, 4)).Select(i => ($"l{i}/{Pick(Words)}", random.Next(8) == 0 ? Junk(1) : Scalar(Pick(Words)))).ToArray())),
                ("annotations", Junk(2))))));
            Maybe(0.7, () => fields.Add(("spec", Mapping(
                ("taints", Sequence(random.Next(0, 4), Taint)),
                ("unschedulable", Scalar(Pick(["true", "false", "True", "yes"]))),
                ("podCIDR", Scalar("10.0.0.0/24"))))));
            Maybe(0.6, () => fields.Add(("status", Mapping(
                (Pick(["allocatable", "capacity"]), Mapping(("cpu", Scalar(Pick(["4", "3800m", "0.5", "junk"]))), ("memory", Scalar(Pick(["15Gi", "16265048Ki", "1e9", "x"]))))),
                ("images", Junk(3))))));
            Maybe(0.2, () => fields.Add(("unknown", Junk(2))));
            return Mapping([.. fields]);
        }

        private YamlNode Taint() => random.Next(8) == 0 ? Junk(1) : Mapping(
            ("key", Scalar(Pick(Words))),
            ("value", Scalar(Pick(Words))),
            ("effect", Scalar(Pick(Effects))),
            ("timeAdded", Scalar("2025-02-11T00:00:00Z")));

        private YamlNode Junk(int depth) => random.Next(depth <= 0 ? 1 : 3) switch
        {
            0 => Scalar(Pick(Words)),
            1 => Sequence(random.Next(0, 3), () => Junk(depth - 1)),
            _ => Mapping(Enumerable.Range(0, random.Next(0, 3)).Select(i => ($"k{i}", Junk(depth - 1))).ToArray()),
        };

        /// <summary>A mapping of the fields that are present: each field is left out a time in six.</summary>
        private YamlMappingNode Mapping(params (string Key, YamlNode Value)[] fields)
        {
            var mapping = new YamlMappingNode { Style = json || random.Next(5) == 0 ? MappingStyle.Flow : MappingStyle.Block };
            foreach (var (key, value) in fields.Where(_ => random.Next(6) != 0))
            {
                mapping.Add(Scalar(key), value);
            }
            return mapping;
        }

        private YamlSequenceNode Sequence(int count, Func<YamlNode> item)
        {
            var sequence = new YamlSequenceNode { Style = json || random.Next(5) == 0 ? SequenceStyle.Flow : SequenceStyle.Block };
            for (var i = 0; i < count; i++)
            {
                sequence.Add(item());
            }
            return sequence;
        }

        private YamlScalarNode Scalar(string value) => new(value)
        {
            Style = json ? YamlDotNet.Core.ScalarStyle.DoubleQuoted : Pick([YamlDotNet.Core.ScalarStyle.Any, YamlDotNet.Core.ScalarStyle.SingleQuoted, YamlDotNet.Core.ScalarStyle.DoubleQuoted]),
        };

        private void Maybe(double probability, Action add)
        {
            if (random.NextDouble() < probability)
            {
                add();
            }
        }

        private T Pick<T>(T[] choices) => choices[random.Next(choices.Length)];
    }
}
