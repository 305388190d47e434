using System.Collections.Generic;
using System;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// Which parts of a kubectl object are kept, by where they are: of a Node only what the scheduler's filters use, and
/// of any object its kind. Everything else is skipped as it is parsed. (A List's items are read one object at a time,
/// by <see cref="KubectlObjectReader"/>, not kept.)
/// </summary>
internal sealed class ProfileShape
{
    private readonly Dictionary<string, ProfileShape> fields = new(StringComparer.Ordinal);

    private ProfileShape(ProfileShape? elements = null, ProfileShape? anyField = null, CountLimit? limit = null)
    {
        Elements = elements;
        AnyField = anyField;
        Limit = limit;
    }

    /// <summary>
    /// A value read as text. A mapping or sequence in its place is kept empty, so it still reads as "not text", as
    /// <c>name: [a]</c> must.
    /// </summary>
    public static ProfileShape Text { get; } = new();

    /// <summary>The fields of a kubectl object that are kept: its kind, and what the scheduler reads of a Node.</summary>
    public static ProfileShape Object { get; } = KubectlObject();

    /// <summary>The shape of a sequence's items, or null when a sequence here is kept empty.</summary>
    public ProfileShape? Elements { get; }

    /// <summary>The shape of every field of a mapping whose keys are data (labels), or null.</summary>
    public ProfileShape? AnyField { get; }

    /// <summary>The most fields or items kept here, checked as they are read, so that memory stays bounded.</summary>
    public CountLimit? Limit { get; }

    /// <summary>The shape of the field <paramref name="key"/>, or null when it is skipped.</summary>
    public ProfileShape? Field(string key) => fields.TryGetValue(key, out var shape) ? shape : AnyField;

    private static ProfileShape KubectlObject()
    {
        var resources = Mapping(("cpu", Text), ("memory", Text), ("ephemeral-storage", Text));
        var taint = Mapping(("key", Text), ("value", Text), ("effect", Text));
        return Mapping(
            ("kind", Text),
            ("metadata", Mapping(("name", Text), ("labels", new ProfileShape(anyField: Text, limit: new(l => l.MaxLabelsPerNode, "labels"))))),
            ("spec", Mapping(("taints", new ProfileShape(elements: taint, limit: new(l => l.MaxTaintsPerNode, "taints"))), ("unschedulable", Text))),
            ("status", Mapping(("allocatable", resources), ("capacity", resources))));
    }

    private static ProfileShape Mapping(params (string Key, ProfileShape Shape)[] fields)
    {
        var shape = new ProfileShape();
        foreach (var (key, field) in fields)
        {
            shape.fields.Add(key, field);
        }
        return shape;
    }
}

/// <summary>A bound on how many fields or items a mapping or sequence may have.</summary>
/// <param name="Max">The bound, from the limits in force.</param>
/// <param name="Noun">What they are, for the problem: "labels".</param>
internal sealed record CountLimit(Func<ProfileLimits, int> Max, string Noun);
