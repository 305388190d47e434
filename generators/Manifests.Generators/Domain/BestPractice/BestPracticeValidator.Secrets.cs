using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>KM503: a secret written as a literal environment value.</summary>
internal static partial class BestPracticeValidator
{
    /// <summary>
    /// A literal value under a name that says it is a secret, or a value that shows a password whatever the name (a
    /// connection string, a URL with user info). Reported once per variable, at the value, which is what must leave the code.
    /// </summary>
    private static void CheckEnv(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container)
    {
        foreach (var variable in container.Env)
        {
            if (variable.Reference is not null || variable.Value is not { } value || SecretValues.CannotBeSecret(value.Value))
            {
                continue;
            }
            var name = variable.Name.Value;
            ManifestProblem problem;
            if (SecretNames.SecretPart(name) is { } part)
            {
                problem = ManifestProblem.Create(DiagnosticDescriptors.SecretNamedLiteralEnv, value.Source, name, container.Name.Value, part);
            }
            else
            {
                var (evidence, detail) = SecretValues.Find(value.Value);
                var descriptor = evidence switch
                {
                    SecretEvidence.ConnectionStringPassword => DiagnosticDescriptors.PasswordInConnectionString,
                    SecretEvidence.UrlPassword => DiagnosticDescriptors.PasswordInUrl,
                    _ => null,
                };
                if (descriptor is null)
                {
                    continue;
                }
                problem = ManifestProblem.Create(descriptor, value.Source, name, container.Name.Value, detail);
            }
            problems.Add(SecretTarget.For(workload.ClassName, workload.Name.Value, name) is { } target
                ? problem.With(DiagnosticProperties.Secret(target))
                : problem);
        }
    }
}
