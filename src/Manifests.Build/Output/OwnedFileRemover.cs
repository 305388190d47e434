using System;
using System.IO;
using System.Linq;
using Manifests.Build.Files;
using Manifests.Build.Ownership;
using Microsoft.Build.Utilities;

namespace Manifests.Build.Output;

/// <summary>
/// Deletes what a folder record says the build wrote, and nothing else: the files, the marker once no file is left,
/// then each folder the build created that is left empty. A file it cannot delete stays in the record, for the next
/// build to try again.
/// </summary>
internal sealed class OwnedFileRemover
{
    private readonly AtomicFiles files;
    private readonly TaskLoggingHelper log;

    public OwnedFileRemover(AtomicFiles files, TaskLoggingHelper log)
    {
        this.files = files;
        this.log = log;
    }

    /// <summary>Deletes <paramref name="entry"/>'s files that <paramref name="remove"/> selects; the number that were there.</summary>
    public int RemoveFiles(FolderRecord entry, Func<string, bool> remove)
    {
        var removed = 0;
        foreach (var file in entry.Files.Keys.Where(remove).OrderBy(file => file, StringComparer.Ordinal).ToList())
        {
            try
            {
                if (files.FileSystem.FileExists(file))
                {
                    files.Delete(file);
                    removed++;
                }
                entry.Files.Remove(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                log.ReportDeleteFailed(file, exception.Message);
            }
        }
        return removed;
    }

    /// <summary>Rewrites the folder's marker to list what the build now owns there, or deletes it when that is nothing.</summary>
    public void UpdateMarker(string project, FolderRecord entry)
    {
        var marker = OwnerMarker.PathIn(entry.Folder);
        try
        {
            if (entry.Files.Count == 0)
            {
                files.Delete(marker);
                return;
            }
            var bytes = OwnerMarker.Render(project, entry);
            var current = files.Read(marker);
            if (current is null || !Content.AreEqual(current, bytes))
            {
                files.Write(marker, bytes, mayReplace: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.ReportMarkerNotUpdated(marker, exception.Message);
        }
    }

    /// <summary>Deletes the folders the build created that hold nothing now, innermost first; forgets those that are gone.</summary>
    public void RemoveEmptyFolders(FolderRecord entry)
    {
        foreach (var directory in entry.DirectoriesInnermostFirst)
        {
            try
            {
                files.FileSystem.DeleteDirectoryIfEmpty(directory);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Something appeared in it, or someone has it open: a folder that stays costs nothing; try next time.
            }
            if (!files.FileSystem.DirectoryExists(directory))
            {
                entry.Directories.Remove(directory);
            }
        }
    }
}
