using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Manifests.Generators.Domain.BestPractice;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Scheduling;
using Manifests.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>One entry of a diagnostic's properties, made only by <see cref="DiagnosticProperties"/>.</summary>
internal readonly record struct DiagnosticProperty(string Key, string Value);

/// <summary>
/// What the code fixes need from a diagnostic, written by the analyzers and read back by the fixes: every key is here,
/// and each input has one method that writes it and one that reads it, so the two sides cannot disagree.
/// </summary>
internal static class DiagnosticProperties
{
    private const string NameRuleKey = "Manifests.NameRule";
    private const string ReplacementKey = "Manifests.Replacement";
    private const string TolerationCountKey = "Manifests.Tolerations";
    private const string TolerationKeyPrefix = "Manifests.Toleration.Key.";
    private const string TolerationValuePrefix = "Manifests.Toleration.Value.";
    private const string TolerationEffectPrefix = "Manifests.Toleration.Effect.";
    private const string SuggestionKey = "Manifests.Suggestion";
    private const string PropertyKey = "Manifests.Property";
    private const string ProbePortKey = "Manifests.ProbePort";
    private const string SecretClassKey = "Manifests.Secret.Class";
    private const string SecretNameKey = "Manifests.Secret.Name";
    private const string SecretKeyKey = "Manifests.Secret.Key";
    private const string SecuritySettingKey = "Manifests.SecuritySetting";
    private const string PullSecretsKey = "Manifests.PullSecrets";

    /// <summary>The rule a name must follow (KM101, KM102, KM105, KM107): a fix suggests a name that follows it.</summary>
    public static DiagnosticProperty NameRule(NameRule rule) => new(NameRuleKey, rule.ToString());

    public static NameRule? ReadNameRule(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(NameRuleKey, out var text) && System.Enum.TryParse<NameRule>(text, out var rule) ? rule : null;

    /// <summary>The image to write instead of the one the diagnostic is on (KM201-KM205).</summary>
    public static ImmutableDictionary<string, string?> Replacement(string? image)
        => image is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(ReplacementKey, image);

    public static string? ReadReplacement(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(ReplacementKey, out var image) ? image : null;

    /// <summary>The taints a toleration would make the pod schedulable on (KM301), in the order to offer them.</summary>
    public static ImmutableDictionary<string, string?> Tolerations(IReadOnlyList<NodeTaint> taints)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(TolerationCountKey, taints.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < taints.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            properties.Add(TolerationKeyPrefix + index, taints[i].Key);
            properties.Add(TolerationValuePrefix + index, taints[i].Value);
            properties.Add(TolerationEffectPrefix + index, taints[i].Effect);
        }
        return properties.ToImmutable();
    }

    public static ImmutableArray<NodeTaint> ReadTolerations(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(TolerationCountKey, out var countText)
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return ImmutableArray<NodeTaint>.Empty;
        }
        var taints = ImmutableArray.CreateBuilder<NodeTaint>(count);
        for (var i = 0; i < count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (properties.TryGetValue(TolerationKeyPrefix + index, out var key) && key is not null
                && properties.TryGetValue(TolerationValuePrefix + index, out var value) && value is not null
                && properties.TryGetValue(TolerationEffectPrefix + index, out var effect) && effect is not null)
            {
                taints.Add(new NodeTaint(key, value, effect));
            }
        }
        return taints.ToImmutable();
    }

    /// <summary>The declared name nearest to a misspelt one (KM404 port names, KM405 keys, KM406 volumes): a fix writes it instead.</summary>
    public static DiagnosticProperty Suggestion(string name) => new(SuggestionKey, name);

    public static string? ReadSuggestion(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(SuggestionKey, out var name) ? name : null;

    /// <summary>The attribute property to write instead of the one the diagnostic is on (KM405: ConfigMap for Secret).</summary>
    public static DiagnosticProperty Property(string name) => new(PropertyKey, name);

    public static string? ReadProperty(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(PropertyKey, out var name) ? name : null;

    /// <summary>The container port, by name or number, a readiness probe should check (KM502): the one the Service targets.</summary>
    public static DiagnosticProperty ProbePort(string port) => new(ProbePortKey, port);

    public static string? ReadProbePort(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(ProbePortKey, out var port) ? port : null;

    /// <summary>The Secret and key a literal secret moves to (KM503).</summary>
    public static DiagnosticProperty[] Secret(SecretTarget target)
        => [new(SecretClassKey, target.ClassName), new(SecretNameKey, target.SecretName), new(SecretKeyKey, target.Key)];

    public static SecretTarget? ReadSecret(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(SecretClassKey, out var className) && className is not null
            && diagnostic.Properties.TryGetValue(SecretNameKey, out var name) && name is not null
            && diagnostic.Properties.TryGetValue(SecretKeyKey, out var key) && key is not null
                ? new SecretTarget(className, name, key)
                : null;

    /// <summary>The security context setting that resolves the diagnostic (KM504, KM506).</summary>
    public static DiagnosticProperty Security(SecuritySetting setting) => new(SecuritySettingKey, setting.ToString());

    public static SecuritySetting? ReadSecurity(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(SecuritySettingKey, out var text) && System.Enum.TryParse<SecuritySetting>(text, out var setting) ? setting : null;

    /// <summary>
    /// The pull secrets other workloads of the project pull from the same private registry with (KM505), most used first.
    /// Secret names are DNS subdomains, so a comma cannot occur in one.
    /// </summary>
    public static DiagnosticProperty PullSecrets(IEnumerable<string> names) => new(PullSecretsKey, string.Join(",", names));

    public static ImmutableArray<string> ReadPullSecrets(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(PullSecretsKey, out var names) && !string.IsNullOrEmpty(names)
            ? names!.Split(',').ToImmutableArray()
            : ImmutableArray<string>.Empty;

    /// <summary>The properties a <see cref="ManifestProblem"/> carries, as Roslyn takes them.</summary>
    public static ImmutableDictionary<string, string?> ToDictionary(EquatableArray<DiagnosticProperty> properties)
    {
        if (properties.IsEmpty)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var property in properties)
        {
            builder[property.Key] = property.Value;
        }
        return builder.ToImmutable();
    }
}
