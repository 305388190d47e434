using System.Collections.Generic;
using System.Collections.Immutable;
using Manifests.Generators.Domain.Kubernetes;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// One condition the NodeAffinity filter puts on a node's labels: a <c>nodeSelector</c> entry, or a match expression of
/// the required node affinity. Matched as <c>labels.Requirement.Matches</c> (k8s.io/apimachinery) matches it, after
/// <c>labels.NewRequirement</c> has parsed it, as component-helpers' <c>nodeaffinity</c> does for the scheduler.
/// </summary>
/// <remarks>
/// An expression the scheduler cannot parse is not skipped: the node selector term it belongs to then matches no node
/// (<c>LazyErrorNodeSelector</c>), so every node refuses the pod. The API server checks only the key and the number of
/// values, so a pod with <c>Gt "four"</c> or <c>In "a b"</c> is accepted and then never scheduled.
/// </remarks>
internal sealed class NodeLabelRequirement
{
    private readonly long bound;

    private NodeLabelRequirement(string key, string @operator, ImmutableArray<string> values, bool isSelector, string? unparsable, long bound)
    {
        Key = key;
        Operator = @operator;
        Values = values;
        IsSelector = isSelector;
        Unparsable = unparsable;
        this.bound = bound;
    }

    /// <summary>The node label.</summary>
    public string Key { get; }

    /// <summary>As the YAML spells it: In, NotIn, Exists, DoesNotExist, Gt or Lt (a nodeSelector entry is In its one value).</summary>
    public string Operator { get; }

    /// <summary>The values compared with.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>A <c>nodeSelector</c> entry (<c>[NodeSelector]</c>), rather than a required <c>[NodeAffinity]</c>.</summary>
    public bool IsSelector { get; }

    /// <summary>Why the scheduler cannot parse the expression, so that it matches no node; null when it can.</summary>
    public string? Unparsable { get; }

    /// <summary>
    /// A <c>nodeSelector</c> entry: <c>labels.SelectorFromSet</c> makes it an equality the scheduler does not validate,
    /// which matches exactly as <c>In</c> with the one value does.
    /// </summary>
    public static NodeLabelRequirement Selector(string key, string value)
        => new(key, "In", ImmutableArray.Create(value), isSelector: true, unparsable: null, bound: 0);

    /// <summary>A match expression of the required node affinity, parsed as <c>labels.NewRequirement</c> parses it.</summary>
    /// <param name="operator">The operator as the YAML writes it.</param>
    public static NodeLabelRequirement Affinity(string key, string @operator, ImmutableArray<string> values)
    {
        long bound = 0;
        var unparsable = KubernetesGrammar.CheckQualifiedName(key) is { } keyProblem
            ? $"'{key}' is not a valid label key ({keyProblem})"
            : @operator switch
            {
                "In" or "NotIn" when values.IsEmpty => $"{@operator} needs at least one value",
                "Exists" or "DoesNotExist" when !values.IsEmpty => $"{@operator} takes no values",
                "Gt" or "Lt" when values.Length != 1 => $"{@operator} takes exactly one value, an integer",
                "Gt" or "Lt" when !TryParseInteger(values[0], out bound) => $"{@operator} compares integers, and '{values[0]}' is none",
                _ => null,
            };
        if (unparsable is null)
        {
            foreach (var value in values)
            {
                if (KubernetesGrammar.CheckLabelValue(value) is { } valueProblem)
                {
                    unparsable = $"'{value}' is not a valid label value ({valueProblem})";
                    break;
                }
            }
        }
        return new(key, @operator, values, isSelector: false, unparsable, bound);
    }

    /// <summary>Whether a node with <paramref name="labels"/> meets the requirement; allocates nothing.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        if (Unparsable is not null)
        {
            return false;
        }
        var has = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            "In" => has && Values.Contains(value!),
            "NotIn" => !has || !Values.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            // A label that is no integer never matches: the scheduler logs the parse error and moves on.
            "Gt" => has && TryParseInteger(value!, out var greater) && greater > bound,
            "Lt" => has && TryParseInteger(value!, out var less) && less < bound,
            _ => false,
        };
    }

    /// <summary>
    /// The requirement as KM301's advice names it: <c>disktype=ssd</c> for a nodeSelector entry, and for an affinity the
    /// YAML's words, <c>zone In (a, b)</c>, <c>gpu Exists</c>, <c>cores Gt 8</c>.
    /// </summary>
    public override string ToString()
    {
        if (IsSelector)
        {
            return $"{Key}={Values[0]}";
        }
        var listed = string.Join(", ", Values);
        return Operator switch
        {
            "In" or "NotIn" => $"{Key} {Operator} ({listed})",
            _ when Values.IsEmpty => $"{Key} {Operator}",
            "Gt" or "Lt" when Values.Length == 1 => $"{Key} {Operator} {listed}",
            _ => $"{Key} {Operator} ({listed})",
        };
    }

    /// <summary>
    /// <c>strconv.ParseInt(text, 10, 64)</c>: an optional sign and decimal digits, nothing else (no spaces, no
    /// underscores), within 64 bits. Written out because .NET's parser also takes trailing NUL characters.
    /// </summary>
    public static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }
        const ulong limit = 1UL << 63; // The magnitude of long.MinValue.
        ulong magnitude = 0;
        for (var i = start; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9 || magnitude > (limit - digit) / 10)
            {
                return false;
            }
            magnitude = (magnitude * 10) + digit;
        }
        if (magnitude == limit)
        {
            value = long.MinValue;
            return negative;
        }
        value = negative ? -(long)magnitude : (long)magnitude;
        return true;
    }
}
