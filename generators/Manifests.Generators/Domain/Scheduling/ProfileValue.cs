using System.Collections.Generic;
using System;
using YamlDotNet.Core;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// A value of a cluster profile, as far as <see cref="ProfileShape"/> keeps it: only the fields the scheduler reads, so
/// that the rest of kubectl's output (images, conditions, managed fields) costs no memory.
/// </summary>
/// <param name="start">Where the value starts in the file.</param>
internal abstract class ProfileValue(Mark start)
{
    /// <summary>Zero-based line where the value starts, for problems.</summary>
    public int Line { get; } = Math.Max(0, (int)start.Line - 1);

    /// <summary>Zero-based column where the value starts.</summary>
    public int Column { get; } = Math.Max(0, (int)start.Column - 1);
}

/// <summary>A scalar: what kubectl writes as a string, number or bool, as text.</summary>
internal sealed class ProfileScalar(string value, Mark start) : ProfileValue(start)
{
    public string Value { get; } = value;
}

/// <summary>A mapping, with its kept fields.</summary>
internal sealed class ProfileMapping(Mark start) : ProfileValue(start)
{
    public Dictionary<string, ProfileValue> Fields { get; } = new(StringComparer.Ordinal);

    public ProfileValue? Field(string key) => Fields.TryGetValue(key, out var value) ? value : null;

    public string? Scalar(string key) => (Field(key) as ProfileScalar)?.Value;
}

/// <summary>A sequence, with its kept items in order.</summary>
internal sealed class ProfileSequence(Mark start) : ProfileValue(start)
{
    public List<ProfileValue> Items { get; } = new();
}
