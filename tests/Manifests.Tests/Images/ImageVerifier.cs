using System.Diagnostics.CodeAnalysis;
using Manifests.CodeFixes.Images;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;

namespace Manifests.Tests.Images;

/// <summary>The image rules (<see cref="ImageAnalyzer"/> and <see cref="ImageReplacementCodeFix"/>) through <see cref="ProjectBuilder"/>.</summary>
internal sealed class ImageTest : ProjectBuilder
{
    [SetsRequiredMembers]
    public ImageTest(params string[] sources)
        : base(sources)
    {
        Analyzer = new ImageAnalyzer();
        CodeFix = new ImageReplacementCodeFix();
    }
}
