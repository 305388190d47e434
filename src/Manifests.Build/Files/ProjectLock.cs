using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Manifests.Build.Files;

/// <summary>
/// Serializes the builds of one project that write or clean its manifests at the same time (the target frameworks
/// of a multi-targeting project build in parallel; an IDE and a terminal may build at once): an exclusively opened
/// file in obj/. The operating system releases it when the holder ends, even if it crashes.
/// </summary>
internal sealed class ProjectLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private ProjectLock(FileStream stream) => this.stream = stream;

    /// <summary>
    /// Holds the lock file at <paramref name="path"/>, waiting up to <paramref name="timeout"/> for another holder to let
    /// go; null when it does not. <paramref name="waiting"/> is told once when a wait begins.
    /// </summary>
    public static ProjectLock? Acquire(string path, TimeSpan timeout, Action waiting)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None: a sharing violation on Windows, an exclusive flock on Linux and macOS.
                return new ProjectLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                if (!told)
                {
                    waiting();
                    told = true;
                }
                Thread.Sleep(PollInterval);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    // The file stays: deleting a lock file while another build is about to open it would let two builds in at once.
    public void Dispose() => stream.Dispose();
}
