using System;

namespace Manifests.Generators.Helpers;

/// <summary>The contract's attributes as a user writes them in C#, from their compiled-in types.</summary>
internal static class ContractNames
{
    /// <summary><c>Toleration</c> for <see cref="TolerationAttribute"/>: the class name without its suffix.</summary>
    public static string Of<TAttribute>()
        where TAttribute : Attribute
    {
        var name = typeof(TAttribute).Name;
        return name.EndsWith(nameof(Attribute), StringComparison.Ordinal) ? name.Substring(0, name.Length - nameof(Attribute).Length) : name;
    }
}
