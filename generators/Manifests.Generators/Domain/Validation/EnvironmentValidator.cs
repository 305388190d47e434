using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// A workload judged as each environment runs it. KM150 and KM151: each declared environment has a valid name of its
/// own, and every <c>[Override]</c> and <c>Environment = "…"</c> names one that is declared (a misspelt one would
/// silently never apply). Every other rule runs on the base (what no environment changes) and again on each
/// environment's view, where a problem the base does not have (a negative replica count in prod's override, a prod
/// variable clashing with another) is said of that environment.
/// </summary>
internal static class EnvironmentValidator
{
    /// <summary>Every problem of <paramref name="workload"/>: the base's, each environment's own, then its references to environments.</summary>
    public static ImmutableArray<ManifestProblem> ValidateViews(WorkloadSpec workload, ManifestDefaults defaults)
    {
        if (!EnvironmentView.HasOverrides(workload))
        {
            return WorkloadValidator.Validate(workload, defaults);
        }
        var baseline = WorkloadValidator.Validate(EnvironmentView.Of(workload, null, ImageTags.None), defaults);
        var problems = baseline.ToBuilder();
        var known = new HashSet<ManifestProblem>(baseline);
        foreach (var name in defaults.Environments.Select(environment => environment.Name.Value).Distinct())
        {
            foreach (var problem in WorkloadValidator.Validate(EnvironmentView.Of(workload, name, ImageTags.None), defaults))
            {
                if (known.Add(problem))
                {
                    problems.Add(problem.InEnvironment(name));
                }
            }
        }
        problems.AddRange(Validate(workload, defaults));
        return problems.ToImmutable();
    }

    /// <summary>The declared environments themselves.</summary>
    public static ImmutableArray<ManifestProblem> ValidateDeclarations(ManifestDefaults defaults)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        var seen = new HashSet<string>();
        foreach (var environment in defaults.Environments)
        {
            var name = environment.Name;
            if (KubernetesGrammar.CheckDns1123Label(name.Value) is { } reason)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidEnvironmentName, name.Source, name.Value, reason).With(DiagnosticProperties.NameRule(NameRule.Dns1123Label)));
            }
            else if (!seen.Add(name.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateEnvironment, name.Source, name.Value));
            }
        }
        return problems.ToImmutable();
    }

    /// <summary>Every environment a workload names, against the declared ones.</summary>
    public static ImmutableArray<ManifestProblem> Validate(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var declared = defaults.Environments.Select(environment => environment.Name.Value).ToList();
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        foreach (var reference in References(workload))
        {
            if (!declared.Contains(reference.Value))
            {
                problems.Add(Unknown(reference, declared));
            }
        }
        // A digest pins the image everywhere: a tag an environment sets would silently never ship.
        foreach (var container in workload.Containers)
        {
            foreach (var @override in container.Overrides)
            {
                if (@override.Tag is { } tag && ImageReferenceParser.Parse(container.Image.Value, out _) is { Digest: not null })
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.TagOfDigestImage, tag.Source, tag.Value, @override.Environment.Value, container.Name.Value, container.Image.Value));
                }
            }
        }
        return problems.ToImmutable();
    }

    private static IEnumerable<Sourced<string>> References(WorkloadSpec workload)
    {
        foreach (var @override in workload.Overrides)
        {
            yield return @override.Environment;
        }
        foreach (var entry in workload.Pod.NodeSelector)
        {
            if (entry.Environment is { } environment)
            {
                yield return environment;
            }
        }
        foreach (var toleration in workload.Pod.Tolerations)
        {
            if (toleration.Environment is { } environment)
            {
                yield return environment;
            }
        }
        foreach (var container in workload.Containers)
        {
            foreach (var @override in container.Overrides)
            {
                yield return @override.Environment;
            }
            foreach (var variable in container.Env)
            {
                if (variable.Environment is { } environment)
                {
                    yield return environment;
                }
            }
        }
    }

    private static ManifestProblem Unknown(Sourced<string> reference, List<string> declared)
    {
        if (declared.Count == 0)
        {
            return ManifestProblem.Create(DiagnosticDescriptors.NoEnvironments, reference.Source, reference.Value);
        }
        var nearest = declared
            .Select(name => (Name: name, Distance: EditDistance.Between(reference.Value, name, 2)))
            .Where(candidate => candidate.Distance <= 2)
            .OrderBy(candidate => candidate.Distance)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
        return nearest is not null
            ? ManifestProblem.Create(DiagnosticDescriptors.UnknownEnvironmentDidYouMean, reference.Source, reference.Value, nearest)
            : ManifestProblem.Create(DiagnosticDescriptors.UnknownEnvironment, reference.Source, reference.Value, string.Join(", ", declared.Select(name => "'" + name + "'")));
    }
}
