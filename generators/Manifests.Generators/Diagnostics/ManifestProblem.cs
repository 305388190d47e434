using System.Globalization;
using System.Linq;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// One thing wrong with what the user wrote: its descriptor, where, the message arguments and what a code fix needs.
/// A plain value (descriptors compare by value), so the generator can cache it; the analyzers turn it into a
/// <see cref="Diagnostic"/> at the source the <see cref="SourceRef"/> points to.
/// </summary>
internal sealed record ManifestProblem(
    DiagnosticDescriptor Descriptor,
    SourceRef Source,
    EquatableArray<string> Arguments,
    EquatableArray<DiagnosticProperty> Properties)
{
    public static ManifestProblem Create(DiagnosticDescriptor descriptor, SourceRef source, params string[] arguments)
        => new(descriptor, source, arguments.ToEquatableArray(), EquatableArray<DiagnosticProperty>.Empty);

    /// <summary>The same problem, carrying what a code fix needs.</summary>
    public ManifestProblem With(params DiagnosticProperty[] properties) => this with { Properties = properties.ToEquatableArray() };

    /// <summary>The same problem, said of one environment: <c>In environment prod: Replicas is -1: ...</c>.</summary>
    public ManifestProblem InEnvironment(string environment)
        => this with { Descriptor = ContextualDescriptors.InEnvironment(Descriptor), Arguments = new[] { environment }.Concat(Arguments).ToEquatableArray() };

    /// <summary>The message as the user reads it: <c>KM109: Replicas is -1: it must be 0 or more</c>.</summary>
    public string Describe()
        => Descriptor.Id + ": " + string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), [.. Arguments]);

    public Diagnostic ToDiagnostic(Location location)
        => Diagnostic.Create(Descriptor, location, DiagnosticProperties.ToDictionary(Properties), [.. Arguments]);
}
