using System.IO;

namespace Manifests.Build.Files;

/// <summary>
/// The file-system calls the task makes, in one place, so that a test can make one of them fail the way a virus
/// scanner or an editor holding a file makes it fail on a user's machine.
/// </summary>
internal class FileSystem
{
    public virtual bool FileExists(string path) => File.Exists(path);

    public virtual bool DirectoryExists(string path) => Directory.Exists(path);

    public virtual byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public virtual void WriteAllBytes(string path, byte[] bytes) => File.WriteAllBytes(path, bytes);

    /// <summary>
    /// Creates an empty file at <paramref name="path"/> unless a file is there; false when one is. One step on every
    /// system, where <see cref="File.Move(string, string)"/> on Linux checks first and then renames over whatever came
    /// in between.
    /// </summary>
    public virtual bool CreateNew(string path)
    {
        try
        {
            using (new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                return true;
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>
    /// Puts <paramref name="source"/> in the place of the existing <paramref name="destination"/> in one step: a rename
    /// over it on Linux and macOS, ReplaceFile on Windows (which keeps the destination's attributes and permissions).
    /// </summary>
    public virtual void Replace(string source, string destination) => File.Replace(source, destination, destinationBackupFileName: null);

    public virtual void Delete(string path) => File.Delete(path);

    public virtual void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <summary>Deletes the folder when it is empty; a folder that holds anything is left as it is.</summary>
    public virtual void DeleteDirectoryIfEmpty(string path)
    {
        if (Directory.Exists(path) && Directory.GetFileSystemEntries(path).Length == 0)
        {
            Directory.Delete(path, recursive: false);
        }
    }
}
