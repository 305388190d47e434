using System.Collections.Generic;
using System.Linq;
using Manifests.Build.Files;
using Manifests.Build.Ownership;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Manifests.Build.Output;

/// <summary>
/// Everything one project's builds wrote, as its record in obj/ and its folders' markers say, and the changes to it
/// that a build or a clean makes. Used under the project's lock only.
/// </summary>
internal sealed class ProjectOutput
{
    private readonly string recordPath;
    private readonly TaskLoggingHelper log;
    private readonly IReadOnlyList<string> legacyFiles;

    /// <param name="project">The project file's full path: whose folders these are.</param>
    /// <param name="build">The build's intermediate folder, which tells its configuration, framework and runtime from the others'.</param>
    /// <param name="recordPath">The record in obj/.</param>
    public ProjectOutput(string project, string build, string recordPath, AtomicFiles files, TaskLoggingHelper log)
    {
        Project = project;
        Build = build;
        this.recordPath = recordPath;
        Files = files;
        this.log = log;
        Remover = new OwnedFileRemover(files, log);
        Record = OutputRecord.Load(recordPath, files);
        legacyFiles = LegacyFileList.Import(Record, build, files);
    }

    public string Project { get; }

    public string Build { get; }

    public AtomicFiles Files { get; }

    public OutputRecord Record { get; }

    public OwnedFileRemover Remover { get; }

    /// <summary>Writes the record (when it changed); the first version's bookkeeping, now in it, goes.</summary>
    public void Save()
    {
        Record.Save(recordPath, Files);
        foreach (var legacy in legacyFiles)
        {
            Files.Delete(legacy);
        }
    }

    /// <summary>
    /// This build no longer writes to any folder but <paramref name="folder"/> (none, when null): each folder it wrote
    /// before and that no other build of the project writes to either is emptied of what the builds put there.
    /// </summary>
    public void LeaveFoldersOtherThan(string? folder)
    {
        foreach (var entry in Record.Folders.Where(entry => folder is null || !PathRules.AreEqual(entry.Folder, folder)).ToList())
        {
            entry.Builds.Remove(Build);
            if (entry.Builds.Count == 0)
            {
                var removed = Release(entry);
                if (removed > 0)
                {
                    log.LogMessage(MessageImportance.High, "Manifests: removed {0} files from {1}, where this project no longer writes", removed, entry.Folder);
                }
            }
        }
    }

    /// <summary>
    /// <c>dotnet clean</c>: empties the folder this build writes to (whichever other build of the project writes there
    /// too), the folder given as the current output folder when its marker names this project, and whatever earlier
    /// runs could not finish deleting.
    /// </summary>
    public int Clean(string? currentFolder)
    {
        var entries = Record.Folders.Where(entry => entry.Builds.Contains(Build) || entry.Builds.Count == 0).ToList();
        if (currentFolder is not null && Record.Find(currentFolder) is null && OwnerMarker.Read(currentFolder, Files)?.IsOwnedBy(Project) == true)
        {
            // obj/ was deleted since the build: the folder's marker still says what is ours.
            entries.Add(Record.GetOrAdd(currentFolder));
        }
        return entries.Sum(Release);
    }

    /// <summary>
    /// Files in <paramref name="entry"/>'s folder that the project's builds wrote, by the record and the marker; the
    /// marker's entries are taken into the record. Null when the folder's marker names another project.
    /// </summary>
    public FolderRecord? Adopt(FolderRecord entry, OwnerMarker? marker)
    {
        if (marker is null)
        {
            return entry;
        }
        if (!marker.IsOwnedBy(Project))
        {
            return null;
        }
        foreach (var file in marker.Files.Where(file => !Record.Owns(file)))
        {
            entry.Files[file] = string.Empty;
        }
        entry.Directories.UnionWith(marker.Directories);
        return entry;
    }

    /// <summary>Deletes what the builds wrote into <paramref name="entry"/>'s folder and drops it from the record; the number of files deleted.</summary>
    private int Release(FolderRecord entry)
    {
        if (Adopt(entry, OwnerMarker.Read(entry.Folder, Files)) is null)
        {
            // Someone gave the folder to another project since: its files are that project's now.
            log.LogMessage(MessageImportance.High, "Manifests: left {0} alone: another project's build writes there now", entry.Folder);
            Record.Remove(entry);
            return 0;
        }
        var removed = Remover.RemoveFiles(entry, _ => true);
        Remover.UpdateMarker(Project, entry);
        Remover.RemoveEmptyFolders(entry);
        if (entry.IsEmpty)
        {
            Record.Remove(entry);
        }
        return removed;
    }
}
