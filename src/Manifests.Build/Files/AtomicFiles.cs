using System;
using System.IO;

namespace Manifests.Build.Files;

/// <summary>
/// Writes and deletes files so that a reader (kubectl, a file watcher, Argo CD's repo server) never sees half of one:
/// each file is written to a temporary file beside it and then renamed into place, and every step is retried on
/// transient failures.
/// </summary>
internal sealed class AtomicFiles
{
    /// <summary>Temporary files start with this, so that whoever finds one left by a killed build knows whose it is.</summary>
    public const string TemporaryPrefix = ".manifests-";

    public AtomicFiles(FileSystem fileSystem, Retrying retrying)
    {
        FileSystem = fileSystem;
        Retrying = retrying;
    }

    public FileSystem FileSystem { get; }

    public Retrying Retrying { get; }

    /// <summary>The file's bytes, or null when there is no such file.</summary>
    public byte[]? Read(string path)
        => Retrying.Run(path, () => FileSystem.FileExists(path) ? FileSystem.ReadAllBytes(path) : null);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>. Only when <paramref name="mayReplace"/> (the file is
    /// ours) does it take the place of an existing file; otherwise a file that someone else created there since it was
    /// last looked at is left alone and the answer is false.
    /// </summary>
    public bool Write(string path, byte[] bytes, bool mayReplace)
        => Retrying.Run(path, () =>
        {
            // A short name of its own, not the target's name plus a suffix: a target name near the limit stays writable.
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, TemporaryPrefix + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            var reserved = false;
            var placed = false;
            FileSystem.WriteAllBytes(temporary, bytes);
            try
            {
                if (!mayReplace || !FileSystem.FileExists(path))
                {
                    // Take the name first, empty, then replace it: no rename on Linux refuses to replace a file that
                    // appeared in between. A reader may see it empty for a moment; the kustomization does not list it yet.
                    reserved = FileSystem.CreateNew(path);
                    if (!reserved && !mayReplace)
                    {
                        return false;
                    }
                }
                FileSystem.Replace(temporary, path);
                placed = true;
                return true;
            }
            finally
            {
                DeleteQuietly(temporary);
                if (reserved && !placed)
                {
                    DeleteQuietly(path);
                }
            }
        });

    /// <summary>Deletes the file if it exists.</summary>
    public void Delete(string path) => Retrying.Run(path, () => FileSystem.Delete(path));

    private void DeleteQuietly(string path)
    {
        try
        {
            if (FileSystem.FileExists(path))
            {
                FileSystem.Delete(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Already failing; a leftover temporary file is named for what it is.
        }
    }
}
