namespace Manifests.Generators.Models;

/// <summary>
/// Where a value came from, without holding any syntax: the index of the attribute in the workload's attribute list
/// (see <see cref="Parsing.WorkloadAttributes"/>) and, when the value is one argument of it, the attribute property
/// it sets (<c>nameof(DeploymentAttribute.Replicas)</c>), whether written as a named argument or as the constructor
/// parameter of the same name; for one item of an array argument, its index in <paramref name="Element"/> (-1 for the
/// whole argument). The analyzers turn it back into the exact source span; the generator only compares it.
/// </summary>
internal readonly record struct SourceRef(int AttributeIndex, string? Argument, int Element = -1)
{
    /// <summary>The whole attribute at <paramref name="attributeIndex"/>.</summary>
    public static SourceRef Attribute(int attributeIndex) => new(attributeIndex, null);

    /// <summary>The same attribute, narrowed to one of its arguments.</summary>
    public SourceRef WithArgument(string argument) => new(AttributeIndex, argument);

    /// <summary>The same array argument, narrowed to its item at <paramref name="element"/>.</summary>
    public SourceRef WithElement(int element) => new(AttributeIndex, Argument, element);
}

/// <summary>A value together with the place the user wrote it (or the attribute it was defaulted on).</summary>
internal readonly record struct Sourced<T>(T Value, SourceRef Source);
