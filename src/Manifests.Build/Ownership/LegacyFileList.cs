using System.Collections.Generic;
using System.IO;
using System.Linq;
using Manifests.Build.Files;

namespace Manifests.Build.Ownership;

/// <summary>
/// The bookkeeping of the package's first version, in the build's obj/&lt;configuration&gt;/&lt;tfm&gt;/: a list of the files it
/// wrote and the output folder it wrote them to. Taken into the record once, so that an existing checkout's output
/// stays the build's own instead of being refused as someone else's; deleted once the record is saved.
/// </summary>
internal static class LegacyFileList
{
    private const string OutputPathSetting = "ManifestsOutputPath=";

    private static readonly string[] Names = { "manifests.files.txt", "manifests.settings.txt", "manifests.stamp" };

    /// <summary>
    /// Adds the files the old list in <paramref name="intermediateFolder"/> names to <paramref name="record"/>, as written
    /// by the build that folder stands for; the old bookkeeping files, to delete.
    /// </summary>
    public static IReadOnlyList<string> Import(OutputRecord record, string intermediateFolder, AtomicFiles files)
    {
        var paths = Names.Select(name => Path.Combine(intermediateFolder, name)).ToArray();
        var found = paths.Where(files.FileSystem.FileExists).ToList();
        var list = found.Count == 0 ? null : files.Read(paths[0]);
        var folder = found.Count == 0 ? null : OutputFolder(files.Read(paths[1]));
        if (list is null || folder is null)
        {
            return found;
        }

        var entry = record.GetOrAdd(folder);
        entry.Builds.Add(intermediateFolder);
        foreach (var file in Content.Decode(list).Split('\n').Select(line => line.Trim()).Where(line => PathRules.IsCanonical(line) && PathRules.IsInside(entry.Folder, line)))
        {
            if (!record.Owns(file))
            {
                entry.Files[file] = string.Empty;
            }
            // The old task made the folders between the output folder and its files, and removed them when empty.
            entry.Directories.UnionWith(PathRules.FoldersBetween(entry.Folder, file));
        }
        return found;
    }

    private static string? OutputFolder(byte[]? settings)
        => settings is null
            ? null
            : Content.Decode(settings).Split('\n')
                .Where(line => line.StartsWith(OutputPathSetting, System.StringComparison.Ordinal))
                .Select(line => line.Substring(OutputPathSetting.Length).Trim())
                .Where(path => path.Length > 0 && Path.IsPathRooted(path))
                .Select(PathRules.NormalizeFolder)
                .FirstOrDefault();
}
