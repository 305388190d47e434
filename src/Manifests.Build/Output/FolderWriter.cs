using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Manifests.Build.Files;
using Manifests.Build.Ownership;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Manifests.Build.Output;

/// <summary>
/// Writes a build's files into its output folder. First it checks, writing nothing: the folder is not another project's
/// and no file the build did not write is in the way. Then it records in obj/ what it is about to write (so a build
/// killed half-way still knows these files are its own), claims the folder with its marker, writes each file
/// atomically and the kustomization last, and only then deletes the files it wrote before and no longer writes.
/// </summary>
internal sealed class FolderWriter
{
    private readonly ProjectOutput output;
    private readonly TaskLoggingHelper log;

    public FolderWriter(ProjectOutput output, TaskLoggingHelper log)
    {
        this.output = output;
        this.log = log;
    }

    private AtomicFiles Files => output.Files;

    private FileSystem FileSystem => output.Files.FileSystem;

    /// <summary>Writes <paramref name="planned"/> into <paramref name="folder"/>; null when it refused or failed, having reported why.</summary>
    public WriteSummary? Write(string folder, IReadOnlyList<PlannedFile> planned)
    {
        var marker = OwnerMarker.Read(folder, Files);
        var entry = output.Adopt(output.Record.Find(folder) ?? new FolderRecord(folder), marker);
        if (entry is null)
        {
            log.ReportFolderOfAnotherProject(folder, marker!.Project, OwnerMarker.PathIn(folder));
            return null;
        }
        var owned = new HashSet<string>(output.Record.Folders.SelectMany(other => other.Files.Keys).Concat(entry.Files.Keys), PathRules.Comparer);
        var inTheWay = FilesInTheWay(folder, planned, owned);
        if (inTheWay.Count > 0)
        {
            foreach (var file in inTheWay)
            {
                log.ReportFileNotOurs(file);
            }
            return null;
        }

        var recorded = output.Record.GetOrAdd(folder);
        Intend(recorded, entry, planned, MissingFolders(folder, planned));
        entry = recorded;
        output.Save();

        var written = 0;
        var unchanged = 0;
        var done = new HashSet<string>(PathRules.Comparer);
        var current = folder;
        try
        {
            if (planned.Count > 0)
            {
                // The output folder first, then the claim, and only then anything inside: a project that loses the
                // folder to another one at the same moment leaves nothing in it.
                CreateFolder(folder);
                current = OwnerMarker.PathIn(folder);
                if (!Claim(folder, entry, marker is not null))
                {
                    return Stop(entry, owned, done);
                }
            }
            // The kustomization last: until every file it lists is in place, the previous one stays.
            foreach (var file in planned.Where(file => !file.IsKustomization).Concat(planned.Where(file => file.IsKustomization)))
            {
                current = file.FullPath;
                var before = Files.Read(file.FullPath);
                if (before is not null && Content.AreEqual(before, file.Bytes))
                {
                    entry.Files[file.FullPath] = file.Hash;
                    done.Add(file.FullPath);
                    unchanged++;
                    continue;
                }
                if (before is not null && entry.Files.TryGetValue(file.FullPath, out var hash) && hash.Length > 0 && hash != Content.Hash(before))
                {
                    log.LogMessage(MessageImportance.High,
                        "Manifests: restored '{0}', which was edited after the build wrote it: the YAML comes from the C# classes, change them instead", file.FullPath);
                }
                CreateFolder(Path.GetDirectoryName(file.FullPath)!);
                if (!Files.Write(file.FullPath, file.Bytes, mayReplace: owned.Contains(file.FullPath)))
                {
                    // Created by someone else since the check: theirs, so it stays and the build stops here.
                    log.ReportFileNotOurs(file.FullPath);
                    return Stop(entry, owned, done);
                }
                entry.Files[file.FullPath] = file.Hash;
                done.Add(file.FullPath);
                written++;
            }
        }
        catch (PathTooLongException)
        {
            log.ReportPathTooLong(current);
            return Stop(entry, owned, done);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.ReportWriteFailed(current, exception.Message);
            return Stop(entry, owned, done);
        }

        var targets = new HashSet<string>(planned.Select(file => file.FullPath), PathRules.Comparer);
        var removed = output.Remover.RemoveFiles(entry, file => !targets.Contains(file));
        output.Remover.UpdateMarker(output.Project, entry);
        output.Remover.RemoveEmptyFolders(entry);
        output.Save();
        return new WriteSummary(written, unchanged, removed);
    }

    private void CreateFolder(string path) => Files.Retrying.Run(path, () => FileSystem.CreateDirectory(path));

    /// <summary>
    /// After a failure: the files this run meant to create but did not are not the build's (someone may put a file of
    /// theirs there before the next build), so the record and the marker forget them again.
    /// </summary>
    private WriteSummary? Stop(FolderRecord entry, HashSet<string> owned, HashSet<string> done)
    {
        foreach (var file in entry.Files.Keys.Where(file => !owned.Contains(file) && !done.Contains(file)).ToList())
        {
            entry.Files.Remove(file);
        }
        if (OwnerMarker.Read(entry.Folder, Files)?.IsOwnedBy(output.Project) == true)
        {
            output.Remover.UpdateMarker(output.Project, entry);
        }
        output.Save();
        return null;
    }

    /// <summary>
    /// Every path where a planned file or one of its folders goes that holds something the project's builds did not
    /// write: a file, or a folder where a file goes.
    /// </summary>
    private List<string> FilesInTheWay(string folder, IReadOnlyList<PlannedFile> planned, HashSet<string> owned)
    {
        var inTheWay = new List<string>();
        if (planned.Count > 0)
        {
            for (var path = folder; path is not null && !FileSystem.DirectoryExists(path); path = Path.GetDirectoryName(path))
            {
                if (FileSystem.FileExists(path))
                {
                    inTheWay.Add(path);
                }
            }
        }
        foreach (var file in planned)
        {
            foreach (var directory in PathRules.FoldersBetween(folder, file.FullPath))
            {
                if (FileSystem.FileExists(directory) && !owned.Contains(directory))
                {
                    inTheWay.Add(directory);
                }
            }
            if (FileSystem.DirectoryExists(file.FullPath) || (FileSystem.FileExists(file.FullPath) && !owned.Contains(file.FullPath)))
            {
                inTheWay.Add(file.FullPath);
            }
        }
        return inTheWay.Distinct(PathRules.Comparer).ToList();
    }

    /// <summary>The folders the planned files need that do not exist yet, outermost first: the output folder (and those above it) included.</summary>
    private List<string> MissingFolders(string folder, IReadOnlyList<PlannedFile> planned)
    {
        var missing = new List<string>();
        if (planned.Count == 0)
        {
            return missing;
        }
        for (var path = folder; path is not null && !FileSystem.DirectoryExists(path); path = Path.GetDirectoryName(path))
        {
            missing.Insert(0, path);
        }
        foreach (var directory in planned.SelectMany(file => PathRules.FoldersBetween(folder, file.FullPath)))
        {
            if (!FileSystem.DirectoryExists(directory) && !missing.Contains(directory, PathRules.Comparer))
            {
                missing.Add(directory);
            }
        }
        return missing;
    }

    /// <summary>
    /// Records, before anything is written, that this build writes the folder, what the marker said the project owns
    /// there, the planned files (taken over from any other folder of the project's that listed them) and the folders
    /// it is about to create.
    /// </summary>
    private void Intend(FolderRecord recorded, FolderRecord adopted, IReadOnlyList<PlannedFile> planned, List<string> missingFolders)
    {
        if (adopted != recorded)
        {
            foreach (var file in adopted.Files.Where(file => !recorded.Files.ContainsKey(file.Key)))
            {
                recorded.Files[file.Key] = file.Value;
            }
            recorded.Directories.UnionWith(adopted.Directories);
        }
        recorded.Builds.Add(output.Build);
        foreach (var file in planned)
        {
            foreach (var other in output.Record.Folders.Where(other => other != recorded))
            {
                if (other.Files.TryGetValue(file.FullPath, out var hash))
                {
                    other.Files.Remove(file.FullPath);
                    recorded.Files[file.FullPath] = hash;
                }
            }
            if (!recorded.Files.ContainsKey(file.FullPath))
            {
                recorded.Files[file.FullPath] = file.Hash;
            }
        }
        recorded.Directories.UnionWith(missingFolders);
    }

    /// <summary>
    /// Puts this project's marker in the folder, listing what it owns there from now on. A folder without one is
    /// claimed only if no other project claims it first (the marker is created, never replaced); false, reported,
    /// when one did.
    /// </summary>
    private bool Claim(string folder, FolderRecord entry, bool hadMarker)
    {
        var path = OwnerMarker.PathIn(folder);
        var bytes = OwnerMarker.Render(output.Project, entry);
        if (!hadMarker)
        {
            if (Files.Write(path, bytes, mayReplace: false))
            {
                return true;
            }
            var marker = OwnerMarker.Read(folder, Files);
            if (marker is not null && !marker.IsOwnedBy(output.Project))
            {
                log.ReportFolderOfAnotherProject(folder, marker.Project, path);
                return false;
            }
        }
        var current = Files.Read(path);
        if (current is null || !Content.AreEqual(current, bytes))
        {
            Files.Write(path, bytes, mayReplace: true);
        }
        return true;
    }
}
