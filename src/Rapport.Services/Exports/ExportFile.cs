namespace Rapport.Services.Exports;

/// <summary>
/// Writes an export file whole or not at all: the content goes to a temporary file beside the target, which replaces
/// the target only once complete, so a failed or cancelled export never leaves half a bundle where a tool may read it.
/// </summary>
public static class ExportFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, creating its folder when needed.</summary>
    /// <returns>What <paramref name="write"/> returned.</returns>
    /// <exception cref="UserErrorException">The file or its folder cannot be written.</exception>
    public static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var partial = full + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            T result;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                result = await write(stream).ConfigureAwait(false);
            }

            File.Move(partial, full, overwrite: true);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot write {path}: {e.Message}");
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }
}
