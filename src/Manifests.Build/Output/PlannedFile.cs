using Manifests.Build.Files;

namespace Manifests.Build.Output;

/// <summary>One file the build is to write: its path relative to the output folder and in full, and its bytes.</summary>
internal sealed class PlannedFile
{
    /// <summary>The one file that lists the others; written after them, so that it never lists a file not yet there.</summary>
    public const string KustomizationPath = "kustomization.yaml";

    public PlannedFile(string relativePath, string fullPath, string content)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        Bytes = Content.Encode(content);
        Hash = Content.Hash(Bytes);
    }

    public string RelativePath { get; }

    public string FullPath { get; }

    public byte[] Bytes { get; }

    public string Hash { get; }

    public bool IsKustomization => RelativePath == KustomizationPath;
}
