using System;
using System.Collections.Generic;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Resolution;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// KM114, the one rule for objects declared twice, shared by the generator (which writes none of them) and the
/// analyzer (which reports each at its declaration): two workloads, or two objects of another kind, with one name in
/// one namespace.
/// </summary>
internal static class DuplicateObjects
{
    /// <summary>Who an object is for this rule: workloads of every kind share one identity group (<see cref="ObjectKinds.IdentityGroup"/>).</summary>
    public readonly record struct Identity(string Group, string Name, string? Namespace)
    {
        public static Identity Of(ObjectFile file) => new(file.Kind.IdentityGroup(), file.Name, file.Namespace);
    }

    /// <summary>The claims that share an identity with another claim, grouped by identity.</summary>
    /// <param name="claims">Every class's claims to the objects it declares.</param>
    /// <param name="file">The object a claim is to.</param>
    public static IEnumerable<IGrouping<Identity, TClaim>> Find<TClaim>(IEnumerable<TClaim> claims, Func<TClaim, ObjectFile> file)
        => claims
            .GroupBy(claim => Identity.Of(file(claim)))
            .Where(group => group.Skip(1).Any());

    /// <summary>KM114 for one class's claim to <paramref name="file"/>, naming the other classes that claim it and as what.</summary>
    public static ManifestProblem Problem(ObjectFile file, IEnumerable<(string ClassName, ObjectKind Kind)> others)
    {
        var kind = file.Kind.Spelling();
        var list = string.Join(", ", others.Select(other => $"'{other.ClassName}' ({other.Kind.Spelling()})"));
        return file.Namespace is { } ns
            ? ManifestProblem.Create(DiagnosticDescriptors.DuplicateObjectInNamespace, default, kind, file.Name, ns, list)
            : ManifestProblem.Create(DiagnosticDescriptors.DuplicateObject, default, kind, file.Name, list);
    }
}
