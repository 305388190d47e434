using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Tests.Support;

/// <summary>Builds in-memory compilations of user code that references the real Manifests attributes assembly.</summary>
internal static class TestCompilation
{
    /// <summary>The .NET 10 reference assemblies plus Manifests.dll: what a user's project compiles against.</summary>
    public static readonly ImmutableArray<MetadataReference> References =
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ManifestFile).Assembly.Location))
            .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(params string[] sources)
        => CSharpCompilation.Create(
            "UserApp",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"File{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
