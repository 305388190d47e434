using Manifests.Generators.Domain.Scheduling;
using static Manifests.Tests.Scheduling.SchedulingFixtures;

namespace Manifests.Tests.Scheduling;

/// <summary>
/// The NodeAffinity filter, case by case, from the sources it mirrors: labels.Requirement.Matches and
/// labels.NewRequirement (k8s.io/apimachinery), nodeaffinity.GetRequiredNodeAffinity (k8s.io/component-helpers) and
/// the plugin's Filter (pkg/scheduler/framework/plugins/nodeaffinity).
/// </summary>
public class NodeAffinityRulesTests
{
    private const string AffinityReason = "node(s) didn't match Pod's node affinity/selector";

    // Operator semantics on one label; null for a node without it. Values are '|'-separated, "" for none.
    [Theory]
    [InlineData("In", "ssd", "ssd", true)]
    [InlineData("In", "ssd|nvme", "nvme", true)]
    [InlineData("In", "ssd", "hdd", false)]
    [InlineData("In", "ssd", null, false)]
    [InlineData("In", "ssd", "SSD", false)]                    // values compare exactly
    [InlineData("NotIn", "hdd", "ssd", true)]
    [InlineData("NotIn", "hdd|sata", "sata", false)]
    [InlineData("NotIn", "hdd", null, true)]                   // a node without the label is not in the set
    [InlineData("Exists", "", "", true)]
    [InlineData("Exists", "", "anything", true)]
    [InlineData("Exists", "", null, false)]
    [InlineData("DoesNotExist", "", null, true)]
    [InlineData("DoesNotExist", "", "", false)]                // an empty value is still a label
    [InlineData("DoesNotExist", "", "true", false)]
    [InlineData("Gt", "4", "8", true)]
    [InlineData("Gt", "4", "4", false)]
    [InlineData("Gt", "4", "3", false)]
    [InlineData("Gt", "4", null, false)]
    [InlineData("Gt", "4", "eight", false)]                    // a label that is no integer never matches
    [InlineData("Gt", "4", "8.0", false)]
    [InlineData("Gt", "4", " 8", false)]
    [InlineData("Gt", "4", "+8", true)]                        // strconv.ParseInt takes a sign
    [InlineData("Gt", "-2", "-1", false)]                      // '-2' is an integer but no label value: the expression cannot be parsed
    [InlineData("Lt", "0", "-1", true)]                        // a node label is not validated, only parsed
    [InlineData("Gt", "4", "0x10", false)]                     // base 10 only
    [InlineData("Gt", "4", "1_000", false)]                    // no underscores in base 10
    [InlineData("Gt", "9223372036854775806", "9223372036854775807", true)]
    [InlineData("Gt", "4", "9223372036854775808", false)]      // out of range: no integer to Go
    [InlineData("Lt", "4", "3", true)]
    [InlineData("Lt", "4", "4", false)]
    [InlineData("Lt", "4", null, false)]
    [InlineData("Lt", "0", "-9223372036854775808", true)]
    [InlineData("Lt", "10", "007", true)]                      // leading zeros are decimal
    public void An_expression_matches_a_node_label_as_the_scheduler_decides(string op, string values, string? label, bool matches)
    {
        var node = Node("n", labels: label is null ? [] : new() { ["k"] = label });
        var pod = Pod(affinity: [Affinity("k", op, Values(values))]);
        Assert.Equal(matches ? [] : [AffinityReason], Reasons(pod, node));
    }

    // What labels.NewRequirement refuses makes the term match no node, whatever the node's labels.
    [Theory]
    [InlineData("k", "In", "", "In needs at least one value")]
    [InlineData("k", "NotIn", "", "NotIn needs at least one value")]    // even on a node without the label, where NotIn would hold
    [InlineData("k", "Exists", "x", "Exists takes no values")]
    [InlineData("k", "DoesNotExist", "x", "DoesNotExist takes no values")]
    [InlineData("k", "Gt", "", "Gt takes exactly one value, an integer")]
    [InlineData("k", "Lt", "1|2", "Lt takes exactly one value, an integer")]
    [InlineData("k", "Gt", "four", "Gt compares integers, and 'four' is none")]
    [InlineData("k", "Gt", "-2", "'-2' is not a valid label value (a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345'))")]
    [InlineData("k", "In", "a b", "'a b' is not a valid label value (a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345'))")]
    [InlineData("bad key", "Exists", "", "'bad key' is not a valid label key (name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc'))")]
    public void An_expression_the_scheduler_cannot_parse_matches_no_node(string key, string op, string values, string why)
    {
        var requirement = Affinity(key, op, Values(values));
        Assert.Equal(why, requirement.Unparsable);
        foreach (var labels in new Dictionary<string, string>[] { [], new() { [key] = "x" }, new() { [key] = "a b" }, new() { [key] = "5" } })
        {
            Assert.False(requirement.Matches(labels));
        }
    }

    [Fact]
    public void A_parse_error_in_one_expression_refuses_the_node_the_others_accept()
    {
        var node = Node("n", labels: new() { ["disktype"] = "ssd", ["cores"] = "8" });
        Assert.Empty(Reasons(Pod(affinity: [Affinity("disktype", "In", "ssd"), Affinity("cores", "Gt", "4")]), node));
        Assert.Equal([AffinityReason], Reasons(Pod(affinity: [Affinity("disktype", "In", "ssd"), Affinity("cores", "Gt", "four")]), node));
    }

    // strconv.ParseInt(s, 10, 64), the parse both of Gt/Lt values and of node labels.
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("+5", 5L)]
    [InlineData("007", 7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("", null)]
    [InlineData("+", null)]
    [InlineData("-", null)]
    [InlineData("+-1", null)]
    [InlineData(" 1", null)]
    [InlineData("1 ", null)]
    [InlineData("1\0", null)]                                   // .NET's long.Parse would take this one
    [InlineData("1e3", null)]
    [InlineData("١٢", null)]                                    // Arabic-Indic digits are no ASCII digits
    [InlineData("9223372036854775808", null)]
    [InlineData("-9223372036854775809", null)]
    [InlineData("99999999999999999999", null)]
    public void Integers_are_parsed_as_Go_parses_them(string text, long? expected)
        => Assert.Equal(expected, NodeLabelRequirement.TryParseInteger(text, out var value) ? value : null);

    [Fact]
    public void Required_expressions_and_the_node_selector_must_all_hold()
    {
        var node = Node("n", labels: new() { ["disktype"] = "ssd", ["zone"] = "a" });
        Assert.Empty(Reasons(Pod(selector: [("disktype", "ssd")], affinity: [Affinity("zone", "In", "a", "b")]), node));
        Assert.Equal([AffinityReason], Reasons(Pod(selector: [("disktype", "ssd")], affinity: [Affinity("zone", "In", "b")]), node));
        Assert.Equal([AffinityReason], Reasons(Pod(selector: [("disktype", "hdd")], affinity: [Affinity("zone", "In", "a")]), node));
        Assert.Equal([AffinityReason], Reasons(Pod(affinity: [Affinity("zone", "In", "a"), Affinity("disktype", "NotIn", "ssd")]), node));
        Assert.Empty(Reasons(Pod(affinity: [Affinity("zone", "Exists"), Affinity("gpu", "DoesNotExist"), Affinity("disktype", "NotIn", "hdd")]), node));
    }

    [Fact]
    public void An_empty_string_is_a_value_In_and_NotIn_compare_with()
    {
        var empty = Node("n", labels: new() { ["k"] = "" });
        Assert.Empty(Reasons(Pod(affinity: [Affinity("k", "In", "")]), empty));
        Assert.Equal([AffinityReason], Reasons(Pod(affinity: [Affinity("k", "NotIn", "")]), empty));
        Assert.Equal([AffinityReason], Reasons(Pod(affinity: [Affinity("k", "In", "")]), Node("without")));
    }

    [Fact]
    public void A_node_selector_entry_is_an_equality_the_scheduler_does_not_validate()
    {
        // labels.SelectorFromSet builds the selector without validating it, so a value no label may carry simply matches no node.
        var requirement = NodeLabelRequirement.Selector("disktype", "not a label");
        Assert.Null(requirement.Unparsable);
        Assert.True(requirement.Matches(new Dictionary<string, string> { ["disktype"] = "not a label" }));
        Assert.False(requirement.Matches(new Dictionary<string, string> { ["disktype"] = "ssd" }));
    }

    [Fact]
    public void NodeAffinity_runs_after_TaintToleration_and_before_NodeResourcesFit()
    {
        var pod = Pod(affinity: [Affinity("disktype", "In", "ssd")], cpu: 4);
        Assert.Equal(["node(s) had untolerated taint {dedicated: gpu}"], Reasons(pod, Node("tainted", taints: [new("dedicated", "gpu", "NoSchedule")], cpu: 1)));
        Assert.Equal([AffinityReason], Reasons(pod, Node("hdd", labels: new() { ["disktype"] = "hdd" }, cpu: 1)));
        Assert.Equal(["Insufficient cpu"], Reasons(pod, Node("ssd", labels: new() { ["disktype"] = "ssd" }, cpu: 1)));
    }

    [Theory]
    [InlineData("disktype", "In", "ssd|nvme", "disktype In (ssd, nvme)")]
    [InlineData("zone", "NotIn", "c", "zone NotIn (c)")]
    [InlineData("gpu", "Exists", "", "gpu Exists")]
    [InlineData("spot", "DoesNotExist", "", "spot DoesNotExist")]
    [InlineData("cores", "Gt", "8", "cores Gt 8")]
    [InlineData("cores", "Lt", "1|2", "cores Lt (1, 2)")]
    [InlineData("gpu", "Exists", "x", "gpu Exists (x)")]
    public void An_expression_is_named_with_the_YAMLs_words(string key, string op, string values, string named)
        => Assert.Equal(named, Affinity(key, op, Values(values)).ToString());

    [Fact]
    public void A_node_selector_entry_is_named_key_equals_value()
        => Assert.Equal("disktype=ssd", NodeLabelRequirement.Selector("disktype", "ssd").ToString());

    private static string[] Values(string values) => values.Length == 0 ? [] : values.Split('|');
}
