using Manifests.Generators.Domain.Kubernetes;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>
/// Where KM503's fix moves a literal secret: the key <paramref name="Key"/> of a Secret named <paramref name="SecretName"/>,
/// declared by the class <paramref name="ClassName"/> beside the workload (created, or extended when it exists).
/// </summary>
/// <param name="ClassName">The declaring class: the workload class's name and <c>Secrets</c> (<c>BackendSecrets</c>).</param>
/// <param name="SecretName">The Secret's name: the workload's name and <c>-secrets</c> (<c>backend-secrets</c>).</param>
/// <param name="Key">The key: the variable's name.</param>
internal sealed record SecretTarget(string ClassName, string SecretName, string Key)
{
    /// <summary>
    /// The target for variable <paramref name="variable"/> of the workload class <paramref name="workloadClass"/> (its
    /// fully qualified name) named <paramref name="workloadName"/>; null when no valid one follows from them (a generic
    /// class, a name too long for a Secret, a variable name no Secret key can take), and no fix is offered.
    /// </summary>
    public static SecretTarget? For(string workloadClass, string workloadName, string variable)
    {
        var simpleName = workloadClass.Substring(workloadClass.LastIndexOfAny(['.', ':']) + 1);
        if (simpleName.Length == 0 || !IsIdentifier(simpleName))
        {
            return null;
        }
        var secretName = workloadName + "-secrets";
        if (KubernetesGrammar.CheckDns1123Subdomain(secretName) is not null || KubernetesGrammar.CheckConfigKey(variable) is not null)
        {
            return null;
        }
        return new SecretTarget(simpleName + "Secrets", secretName, variable);
    }

    /// <summary>Letters, digits and '_', not starting with a digit: what the class name is made of when it is not generic or escaped.</summary>
    private static bool IsIdentifier(string name)
    {
        if (char.IsDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
