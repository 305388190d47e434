using System.Reflection;
using Manifests.Generators;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Architecture;

/// <summary>The seams the compiler cannot see: the contract's naming convention, and which code may touch Roslyn.</summary>
public class LayeringTests
{
    private static readonly Assembly Generators = typeof(ManifestGenerator).Assembly;

    /// <summary>
    /// The parser reads a constructor argument by its property's name (<c>nameof(PortAttribute.ContainerPort)</c> reads
    /// <c>containerPort</c>), so every constructor parameter of every attribute must be its property's name in camel case.
    /// </summary>
    [Fact]
    public void Every_constructor_parameter_of_the_contract_names_its_property()
    {
        var attributes = typeof(ManifestFile).Assembly.GetExportedTypes()
            .Where(type => type.IsSubclassOf(typeof(Attribute)) && type.Namespace == "Manifests")
            .ToList();
        Assert.NotEmpty(attributes);
        foreach (var attribute in attributes)
        {
            foreach (var parameter in attribute.GetConstructors().SelectMany(constructor => constructor.GetParameters()))
            {
                var property = char.ToUpperInvariant(parameter.Name![0]) + parameter.Name[1..];
                Assert.True(attribute.GetProperty(property) is not null, $"{attribute.Name}({parameter.Name}) has no property {property}");
            }
        }
    }

    /// <summary>
    /// The domain (Kubernetes rules, validation, resolution, images, scheduling) is plain code over plain values: none of
    /// its types holds or takes a symbol, syntax, compilation or analyzer context, so it runs the same in the generator,
    /// the analyzers and the tests.
    /// </summary>
    [Fact]
    public void The_domain_touches_no_symbol_syntax_or_compilation()
    {
        var domain = Generators.GetTypes().Where(type => type.Namespace?.StartsWith("Manifests.Generators.Domain", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(domain);
        var offenders = domain
            .SelectMany(type => Signatures(type).Select(signature => (type, signature)))
            .Where(pair => IsRoslynFacing(pair.signature))
            .Select(pair => $"{pair.type.FullName}: {pair.signature.FullName}")
            .ToList();
        Assert.True(offenders.Count == 0, "Domain types that touch Roslyn:\n" + string.Join("\n", offenders));
    }

    /// <summary>Every type a type's fields, properties, method parameters and returns use.</summary>
    private static IEnumerable<Type> Signatures(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }
        foreach (var property in type.GetProperties(all))
        {
            yield return property.PropertyType;
        }
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }
    }

    /// <summary>A Roslyn type other than the plain data a diagnostic is made of (its descriptor).</summary>
    private static bool IsRoslynFacing(Type type)
    {
        if (type.HasElementType)
        {
            return IsRoslynFacing(type.GetElementType()!);
        }
        if (type.IsGenericType && type.GetGenericArguments().Any(IsRoslynFacing))
        {
            return true;
        }
        return type.Assembly == typeof(ISymbol).Assembly && type != typeof(DiagnosticDescriptor);
    }
}
