using System.Collections.Generic;
using System.Linq;
using Manifests.Build.Files;

namespace Manifests.Build.Ownership;

/// <summary>What the project's builds wrote into one output folder: the files (with a hash of what was written) and the folders they created.</summary>
internal sealed class FolderRecord
{
    public FolderRecord(string folder) => Folder = folder;

    /// <summary>The output folder's full path, without a trailing separator.</summary>
    public string Folder { get; }

    /// <summary>
    /// The builds of the project (each named by its intermediate folder: one per configuration, target framework and
    /// runtime) whose output folder this is. The folder is given up when the last of them writes elsewhere.
    /// </summary>
    public SortedSet<string> Builds { get; } = new(PathRules.Comparer);

    /// <summary>Every file the builds wrote here, by full path, with the SHA-256 of its content then (empty when not known).</summary>
    public Dictionary<string, string> Files { get; } = new(PathRules.Comparer);

    /// <summary>The folders the builds created: the output folder itself, folders above it and folders inside it.</summary>
    public SortedSet<string> Directories { get; } = new(PathRules.Comparer);

    public bool IsEmpty => Files.Count == 0 && Directories.Count == 0;

    /// <summary>The created folders, each after every folder inside it, so that emptied ones can be removed in turn.</summary>
    public IEnumerable<string> DirectoriesInnermostFirst => Directories.Reverse().ToList();
}
