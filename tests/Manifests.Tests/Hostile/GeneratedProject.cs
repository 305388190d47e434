using System.Collections.Immutable;

namespace Manifests.Tests.Hostile;

/// <summary>A generated project: its files, printed whole when a sample fails so that it can be reproduced.</summary>
internal sealed record GeneratedProject(ImmutableArray<string> Files)
{
    /// <summary>
    /// The assembly attributes before the namespace (C# requires it), in a file of their own when <paramref name="split"/>;
    /// a file-local class in a file of its own, in the same namespace.
    /// </summary>
    public static GeneratedProject Of(ImmutableArray<string> assemblyAttributes, IEnumerable<string> classes, string? fileLocal, string ns, bool split)
    {
        const string Usings = "using Manifests;\n\n";
        var assembly = string.Concat(assemblyAttributes.Select(attribute => "[assembly: " + attribute[1..] + "\n"));
        var header = ns.Length > 0 ? ns + "\n\n" : string.Empty;
        var body = header + string.Join("\n", classes);
        ImmutableArray<string> files = split ? [Usings + assembly, Usings + body] : [Usings + assembly + "\n" + body];
        return new GeneratedProject(fileLocal is null ? files : files.Add(Usings + header + fileLocal));
    }

    public override string ToString() => string.Concat(Files.Select((file, i) => $"// File{i}.cs\n{file}\n"));
}
