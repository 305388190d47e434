using System.Collections.Concurrent;
using System.Text;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Tests.Build.Support;

/// <summary>One object the generator could not write, as it records it in the assembly.</summary>
internal sealed record Withheld(string Path, string Reason);

/// <summary>
/// Compiles a tiny assembly that carries files as the generator leaves them: <c>[ManifestFile(path, content)]</c> and
/// <c>[ManifestWithheld(path, reason)]</c> on classes of <c>Manifests.Generated.Files</c>, against the real Manifests.dll.
/// </summary>
internal static class ManifestAssembly
{
    /// <summary>Compiled images by source: a property test asks for the same few sets over and over.</summary>
    private static readonly ConcurrentDictionary<string, byte[]> Images = new(StringComparer.Ordinal);

    /// <summary>Writes the assembly carrying <paramref name="files"/> (path to content) and <paramref name="withheld"/> to <paramref name="path"/>.</summary>
    public static string Write(string path, IReadOnlyDictionary<string, string> files, params Withheld[] withheld)
    {
        var source = Source(files, withheld);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Images.GetOrAdd(source, Compile));
        return path;
    }

    private static string Source(IReadOnlyDictionary<string, string> files, Withheld[] withheld)
    {
        var source = new StringBuilder("namespace Manifests.Generated.Files\n{\n");
        var index = 0;
        foreach (var (path, content) in files.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            source.Append($"    [global::Manifests.ManifestFileAttribute({Literal(path)}, {Literal(content)})]\n    internal static class File{index++} {{ }}\n");
        }
        foreach (var object_ in withheld)
        {
            source.Append($"    [global::Manifests.ManifestWithheldAttribute({Literal(object_.Path)}, {Literal(object_.Reason)})]\n    internal static class Withheld{index++} {{ }}\n");
        }
        return source.Append("}\n").ToString();
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static byte[] Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "UserApp",
            [CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions)],
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return image.ToArray();
    }
}
