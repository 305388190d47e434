using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System;
using Manifests.Generators.Domain.Images;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// The YAML events of a cluster profile, from YamlDotNet's event parser (which builds nothing and does not recurse),
/// with the file's costs bounded by <see cref="ProfileLimits"/>: nesting deeper than <see cref="ProfileLimits.MaxDepth"/>
/// or more events than <see cref="ProfileLimits.EventBudget"/> stop the reading with a <see cref="Failure"/>, as does
/// anything the parser cannot read. Aliases are expanded here, so readers see plain events.
/// </summary>
/// <remarks>
/// kubectl never writes anchors or aliases, but people who write profiles by hand do, to share labels between nodes.
/// They are kept: an anchored node's events are recorded once, and each alias replays them, every replayed event
/// counting against the budget. That makes nested aliases (each anchor listing the previous one ten times) cost what the
/// budget allows, not 10^n, and an alias inside the node it names (<c>&amp;r [*r]</c>) is refused, not followed forever.
/// </remarks>
internal sealed class ProfileEvents
{
    private readonly string path;
    private readonly int length;
    private readonly ProfileLimits limits;
    private readonly long budget;
    private readonly Parser parser;

    // The events of anchored nodes, recorded only while some anchor is open. An alias met while recording is kept as a
    // reference to the range it named then, so a later anchor of the same name does not change what it repeats.
    private readonly List<RecordedEvent> recorded = new();
    private readonly Dictionary<string, Range> anchors = new(StringComparer.Ordinal);
    private readonly List<OpenAnchor> openAnchors = new();
    private int parsedDepth;

    // Where replays stand, the innermost last; and the alias in the file that started them, for problems' positions.
    private readonly List<Range> replays = new();
    private AnchorAlias? replayedAlias;

    // Whether any alias of the file, in any document, has been expanded: what spent the budget, once one has.
    private bool expandedAnAlias;

    private int depth;
    private Mark lastMark = Mark.Empty;

    public ProfileEvents(string path, string text, ProfileLimits limits)
    {
        this.path = path;
        this.limits = limits;
        length = text.Length;
        budget = limits.EventBudget(text.Length);
        parser = new Parser(new StringReader(text));
    }

    /// <summary>The event read last.</summary>
    public ParsingEvent Current { get; private set; } = null!;

    /// <summary>Why reading stopped before the end, or null.</summary>
    public ProfileProblem? Failure { get; private set; }

    /// <summary>Events read so far, parsed and replayed, aliases included: the work the file has cost.</summary>
    public long Count { get; private set; }

    /// <summary>Reads the next event; false at the end of the file or once reading has failed.</summary>
    public bool MoveNext()
    {
        if (Failure is not null || Next() is not { } next)
        {
            return false;
        }
        depth += Nesting(next);
        if (depth > limits.MaxDepth)
        {
            return Fail(next, $"it nests mappings and sequences deeper than {Thousands(limits.MaxDepth)} levels (kubectl's output nests about 10): export it again with 'kubectl get nodes -o yaml'");
        }
        Current = next;
        return true;
    }

    /// <summary>Stops reading because of what the file says at <paramref name="at"/>; returns false.</summary>
    public bool Fail(ParsingEvent at, string message) => Stop(at.Start, message);

    /// <summary>
    /// How an event changes the nesting of mappings and sequences. YamlDotNet's own NestingIncrease counts the stream
    /// and the document as levels too.
    /// </summary>
    public static int Nesting(ParsingEvent parsingEvent) => parsingEvent switch
    {
        MappingStart or SequenceStart => 1,
        MappingEnd or SequenceEnd => -1,
        _ => 0,
    };

    /// <summary>The next event to deliver: replayed while an alias is being expanded, else parsed; null at the end or on failure.</summary>
    private ParsingEvent? Next()
    {
        while (true)
        {
            if (replays.Count > 0)
            {
                var range = replays[replays.Count - 1];
                if (range.Start == range.End)
                {
                    replays.RemoveAt(replays.Count - 1);
                    continue;
                }
                replays[replays.Count - 1] = new Range(range.Start + 1, range.End);
                var entry = recorded[range.Start];
                if (!Spend(entry.Event.Start))
                {
                    return null;
                }
                if (entry.Alias is not { } aliased)
                {
                    return entry.Event;
                }
                replays.Add(aliased);
                continue;
            }
            replayedAlias = null;
            if (Parse() is not { } parsed || !Spend(parsed.Start))
            {
                return null;
            }
            if (parsed is not AnchorAlias alias)
            {
                return parsed;
            }
            if (!Expand(alias))
            {
                return null;
            }
        }
    }

    /// <summary>Counts one more event against the budget; false, with a failure, past it.</summary>
    private bool Spend(Mark at)
    {
        if (++Count <= budget)
        {
            return true;
        }
        // Without aliases no YAML reaches the budget (the densest, '[:,:,…]', reads two events a character), but say
        // nothing untrue if some text does.
        return Stop(at, !expandedAnAlias
            ? $"it reads to more than {Thousands(budget)} YAML events, more than a file of {Thousands(length)} characters should: export it again with 'kubectl get nodes -o yaml'"
            : $"its YAML aliases expand to more than {Thousands(budget)} events, more than a file of {Thousands(length)} characters holds without them: "
                + "kubectl never writes aliases ('*name'), so write the nodes out in full or export them again with 'kubectl get nodes -o yaml'");
    }

    private ParsingEvent? Parse()
    {
        try
        {
            if (!parser.MoveNext())
            {
                return null;
            }
        }
        catch (YamlException exception)
        {
            Stop(exception.Start, NotYaml(exception.Message));
            return null;
        }
        catch (Exception exception)
        {
            // YamlDotNet throws more than YamlException on some malformed input (an InvalidOperationException from its
            // scanner, an ArgumentException for a tag that is no URI): whatever it throws, the file cannot be read.
            Stop(lastMark, NotYaml(exception.Message));
            return null;
        }
        var parsed = parser.Current!;
        lastMark = parsed.End;
        Record(parsed);
        return parsed;
    }

    /// <summary>Ends the reading with a problem at <paramref name="mark"/>, or at the alias being expanded; returns false.</summary>
    private bool Stop(Mark mark, string message)
    {
        var at = replayedAlias?.Start ?? mark;
        Failure = new ProfileProblem(path, Math.Max(0, (int)at.Line - 1), Math.Max(0, (int)at.Column - 1), message);
        return false;
    }

    /// <summary>Keeps the events of anchored nodes, and notes where each anchored node starts and ends.</summary>
    private void Record(ParsingEvent parsed)
    {
        if (parsed is DocumentEnd)
        {
            // An alias names an anchor of its own document only.
            recorded.Clear();
            anchors.Clear();
            return;
        }
        var anchor = parsed is NodeEvent { Anchor.IsEmpty: false } node ? node.Anchor.Value : null;
        if (anchor is null && openAnchors.Count == 0)
        {
            parsedDepth += Nesting(parsed);
            return;
        }
        if (parsed is not AnchorAlias)
        {
            recorded.Add(new RecordedEvent(parsed, null));
        }
        if (anchor is not null && Nesting(parsed) == 0)
        {
            anchors[anchor] = new Range(recorded.Count - 1, recorded.Count); // A scalar: complete at once.
        }
        else if (anchor is not null)
        {
            openAnchors.Add(new OpenAnchor(anchor, recorded.Count - 1, parsedDepth));
        }
        parsedDepth += Nesting(parsed);
        if (Nesting(parsed) < 0 && openAnchors.Count > 0 && openAnchors[openAnchors.Count - 1].Depth == parsedDepth)
        {
            var open = openAnchors[openAnchors.Count - 1];
            openAnchors.RemoveAt(openAnchors.Count - 1);
            anchors[open.Name] = new Range(open.Start, recorded.Count);
        }
    }

    /// <summary>Starts replaying the node <paramref name="alias"/> names; false, with a failure, when it names none.</summary>
    private bool Expand(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (openAnchors.Exists(a => a.Name == name))
        {
            return Fail(alias, $"the alias '*{EchoedText.Start(name)}' is inside the node it names, so it would repeat forever: remove it (kubectl never writes aliases)");
        }
        if (!anchors.TryGetValue(name, out var range))
        {
            return Fail(alias, $"the alias '*{EchoedText.Start(name)}' names no anchor '&{EchoedText.Start(name)}' before it: define the anchor first, or write the value out");
        }
        if (openAnchors.Count > 0)
        {
            recorded.Add(new RecordedEvent(alias, range));
        }
        replayedAlias ??= alias;
        expandedAnAlias = true;
        replays.Add(range);
        return true;
    }

    private static string NotYaml(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? message : message.Substring(0, end);
        return "it is not valid YAML or JSON (" + EchoedText.Start(firstLine) + "): export it again with 'kubectl get nodes -o yaml'";
    }

    private static string Thousands(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Recorded events from <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
    private readonly record struct Range(int Start, int End);

    /// <summary>A recorded event, or an alias inside an anchored node with the range it names.</summary>
    private readonly record struct RecordedEvent(ParsingEvent Event, Range? Alias);

    private readonly record struct OpenAnchor(string Name, int Start, int Depth);
}
