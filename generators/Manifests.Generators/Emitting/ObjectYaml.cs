using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Emitting;

/// <summary>What every document shares: the header, the metadata, and the small shapes (maps, lists, IntOrString).</summary>
internal static class ObjectYaml
{
    /// <summary>Starts a document: <c>apiVersion</c>, <c>kind</c>, and the metadata.</summary>
    public static YamlWriter Begin(ObjectFile file, EquatableArray<Label> labels, EquatableArray<Label> annotations)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", file.Kind.ApiVersion())
            .Pair("kind", file.Kind.Spelling());
        yaml.Key("metadata").BeginMapping().Pair("name", file.Name);
        if (file.Namespace is { } ns)
        {
            yaml.Pair("namespace", ns);
        }
        if (!labels.IsEmpty)
        {
            Map(yaml.Key("labels"), labels);
        }
        if (!annotations.IsEmpty)
        {
            Map(yaml.Key("annotations"), annotations);
        }
        return yaml.EndMapping();
    }

    /// <summary>Closes the document's top-level mapping and returns its text.</summary>
    public static string End(YamlWriter yaml) => yaml.EndMapping().Finish();

    public static void Map(YamlWriter yaml, EquatableArray<Label> entries)
    {
        yaml.BeginMapping();
        foreach (var entry in entries)
        {
            yaml.String(entry.Key).String(entry.Value);
        }
        yaml.EndMapping();
    }

    public static void Map(YamlWriter yaml, EquatableArray<KeyValueSpec> entries)
    {
        yaml.BeginMapping();
        foreach (var entry in entries)
        {
            yaml.String(entry.Key.Value).String(entry.Value.Value);
        }
        yaml.EndMapping();
    }

    /// <summary><paramref name="key"/> and a list of strings, when there is any.</summary>
    public static void Strings(YamlWriter yaml, string key, EquatableArray<Sourced<string>> values)
    {
        if (values.IsEmpty)
        {
            return;
        }
        yaml.Key(key).BeginSequence();
        foreach (var value in values)
        {
            yaml.String(value.Value);
        }
        yaml.EndSequence();
    }

    /// <summary>An IntOrString field: a number, or a text such as a port name or a percentage.</summary>
    public static YamlWriter Pair(YamlWriter yaml, string key, IntOrString value)
        => value.Number is { } number ? yaml.Pair(key, number) : yaml.Pair(key, value.Text);

    /// <summary>A number that was set, left out when it was not.</summary>
    public static void Optional(YamlWriter yaml, string key, Sourced<int>? value)
    {
        if (value is { } set)
        {
            yaml.Pair(key, set.Value);
        }
    }

    /// <summary>A number that was set, left out when it was not.</summary>
    public static void Optional(YamlWriter yaml, string key, Sourced<long>? value)
    {
        if (value is { } set)
        {
            yaml.Pair(key, set.Value);
        }
    }

    /// <summary>A boolean that was set (to either value), left out when it was not.</summary>
    public static void Optional(YamlWriter yaml, string key, Sourced<bool>? value)
    {
        if (value is { } set)
        {
            yaml.Pair(key, set.Value);
        }
    }

    /// <summary>A text that was set, left out when it was not.</summary>
    public static void Optional(YamlWriter yaml, string key, Sourced<string>? value)
    {
        if (value is { } set)
        {
            yaml.Pair(key, set.Value);
        }
    }
}
