using System.Globalization;
using YamlDotNet.Core.Events;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// Reads what <c>kubectl get nodes -o yaml</c> (or <c>-o json</c>) prints: a <c>List</c> of Nodes, a single Node, or
/// several YAML documents. Only the fields the scheduler's filters use are read; everything else is ignored. A file
/// that cannot be read gives problems with their line, never an exception.
/// </summary>
/// <remarks>
/// The file is untrusted and read inside the compiler, so it is read as a stream of YAML events within
/// <see cref="ProfileLimits"/>: time linear in its size, memory bounded by the nodes it keeps, and no recursion it can
/// drive past the nesting limit. A file that breaks a limit, or is no YAML, is not used at all: the one problem says
/// why. Half a cluster would make the scheduler's "0/N nodes" and its verdicts wrong.
/// </remarks>
internal static class ClusterProfileReader
{
    public static ProfileReading Read(string path, string text) => Read(path, text, ProfileLimits.Default);

    public static ProfileReading Read(string path, string text, ProfileLimits limits)
    {
        if (TooLarge(path, text.Length, limits) is { } tooLarge)
        {
            return tooLarge;
        }
        var events = new ProfileEvents(path, text, limits);
        var objects = new KubectlObjectReader(path, events, new ProfileTreeReader(events, limits), limits);
        while (events.MoveNext())
        {
            if (events.Current is DocumentStart && events.MoveNext())
            {
                objects.ReadObject(isDocument: true);
            }
        }

        if (events.Failure is { } failure)
        {
            return new ProfileReading([], [failure], events.Count);
        }
        var (nodes, problems) = (objects.Nodes, objects.Problems);
        if (nodes.IsEmpty && problems.IsEmpty)
        {
            problems = [new ProfileProblem(path, 0, 0, "it contains no Node: export it with 'kubectl get nodes -o yaml'")];
        }
        return new ProfileReading(nodes, problems, events.Count);
    }

    /// <summary>
    /// The reading of a file of <paramref name="length"/> characters, when that is more than the limit; else null.
    /// Asked before the text is read, so that a file too large to use is not even copied.
    /// </summary>
    public static ProfileReading? TooLarge(string path, int length, ProfileLimits limits)
        => length <= limits.MaxCharacters ? null : new ProfileReading([], [new ProfileProblem(path, 0, 0,
            $"it has {Thousands(length)} characters, more than the {Thousands(limits.MaxCharacters)} read (kubectl prints about 5,000 nodes in that): "
            + "keep only what the scheduler reads, each node's metadata.name and labels, spec and status.allocatable (with jq, for instance)")], 0);

    private static string Thousands(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
