using System.Collections.Generic;
using System.Globalization;
using System;
using Manifests.Generators.Domain.Images;
using YamlDotNet.Core.Events;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// Reads one YAML node from <see cref="ProfileEvents"/> into <see cref="ProfileValue"/>s, keeping what a
/// <see cref="ProfileShape"/> keeps and skipping the rest as it is parsed.
/// </summary>
/// <remarks>
/// It recurses once for each mapping or sequence it keeps inside another, and the events stop at
/// <see cref="ProfileLimits.MaxDepth"/> levels, so the file cannot drive the recursion past a few dozen frames.
/// </remarks>
internal sealed class ProfileTreeReader(ProfileEvents events, ProfileLimits limits)
{
    /// <summary>The node that starts at the current event, as <paramref name="shape"/> keeps it; null when reading failed.</summary>
    public ProfileValue? Read(ProfileShape shape)
    {
        var start = events.Current;
        switch (start)
        {
            case Scalar scalar when scalar.Value.Length > limits.MaxValueLength:
                return RefuseTooLong(scalar, scalar.Value.Length);
            case Scalar scalar:
                return new ProfileScalar(scalar.Value, start.Start);
            case SequenceStart:
                return ReadSequence(shape, start);
            case MappingStart:
                return ReadMapping(shape, start);
            default:
                // Aliases are expanded by the events, so a node starts with one of the three above.
                events.Fail(start, "it is not valid YAML or JSON: export it again with 'kubectl get nodes -o yaml'");
                return null;
        }
    }

    /// <summary>Reads past the node that starts at the current event; false when reading failed.</summary>
    public bool Skip()
    {
        var level = ProfileEvents.Nesting(events.Current);
        while (level > 0 && events.MoveNext())
        {
            level += ProfileEvents.Nesting(events.Current);
        }
        return events.Failure is null;
    }

    private ProfileSequence? ReadSequence(ProfileShape shape, ParsingEvent start)
    {
        var sequence = new ProfileSequence(start.Start);
        while (events.MoveNext() && events.Current is not SequenceEnd)
        {
            if (shape.Elements is null)
            {
                Skip();
            }
            else if (IsFull(shape, sequence.Items.Count, start))
            {
                return null;
            }
            else if (Read(shape.Elements) is { } item)
            {
                sequence.Items.Add(item);
            }
        }
        return events.Failure is null ? sequence : null;
    }

    private ProfileMapping? ReadMapping(ProfileShape shape, ParsingEvent start)
    {
        var mapping = new ProfileMapping(start.Start);
        // Every key of a kept mapping, skipped ones too: a repeated key is an error in YAML, as the reader always said.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (events.MoveNext() && events.Current is not MappingEnd)
        {
            var keyEvent = events.Current;
            var key = (keyEvent as Scalar)?.Value;
            if (key is null)
            {
                Skip(); // A mapping or sequence as a key: nothing kubectl writes, and nothing the scheduler reads.
            }
            else if (!keys.Add(key))
            {
                events.Fail(keyEvent, $"it is not valid YAML or JSON (Duplicate key {EchoedText.Start(key)}): export it again with 'kubectl get nodes -o yaml'");
                return null;
            }
            if (!events.MoveNext())
            {
                return null;
            }
            var fieldShape = key is null ? null : shape.Field(key);
            if (fieldShape is null)
            {
                Skip();
            }
            else if (key!.Length > limits.MaxValueLength)
            {
                return RefuseTooLong(keyEvent, key.Length);
            }
            else if (IsFull(shape, mapping.Fields.Count, start))
            {
                return null;
            }
            else if (Read(fieldShape) is { } value)
            {
                mapping.Fields[key] = value;
            }
        }
        return events.Failure is null ? mapping : null;
    }

    /// <summary>Whether the collection starting at <paramref name="start"/> already holds all it may; then reading fails.</summary>
    private bool IsFull(ProfileShape shape, int count, ParsingEvent start)
    {
        if (shape.Limit is not { } limit || count < limit.Max(limits))
        {
            return false;
        }
        return !events.Fail(start, $"a node has more than {Thousands(limit.Max(limits))} {limit.Noun}, more than any real node: export the cluster's nodes again with 'kubectl get nodes -o yaml'");
    }

    /// <summary>Stops reading at a value too long for anything the scheduler reads; returns null, for the value not read.</summary>
    private ProfileMapping? RefuseTooLong(ParsingEvent at, int length)
    {
        events.Fail(at, $"it has a value of {Thousands(length)} characters, longer than any the scheduler reads "
            + "(the longest Kubernetes allows, a qualified key, has 317): export it again with 'kubectl get nodes -o yaml'");
        return null;
    }

    private static string Thousands(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
