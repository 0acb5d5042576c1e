using Marten;
using NodaTime;

namespace Registry.Sheets;

/// <summary>An uploaded register between its dry run and its import: the import applies exactly the file previewed.</summary>
public sealed class PendingImport
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The dry run of a previewed file is gone (already imported, or never made).</summary>
public sealed class PendingImportNotFound(Guid token)
    : Exception($"Förhandsgranskningen {token} finns inte (filen är redan importerad eller har aldrig laddats upp). Ladda upp filen igen.");

/// <summary>
/// Always a dry run first: <see cref="Preview"/> reads the file, reports every row and keeps the file under a token;
/// <see cref="Apply"/> imports that file, re-deciding every row on the registry as it is then. The UI page, the API and
/// the command-line verb all go through here.
/// </summary>
public sealed class SheetImports(IDocumentSession session, RegisterImport import, IClock clock)
{
    /// <summary>Pending files older than this are removed when a new one is uploaded.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(2);

    public async Task<ImportReport> Preview(byte[] content, string fileName, string recordedBy, CancellationToken cancellation = default)
    {
        var name = SafeName(fileName);
        var report = await import.DryRun(SheetFile.Read(content, name), name, recordedBy, cancellation);
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        var pending = new PendingImport
        {
            Id = Guid.CreateVersion7(),
            FileName = name,
            Content = content,
            UploadedBy = recordedBy,
            UploadedAt = now,
        };
        session.DeleteWhere<PendingImport>(p => p.UploadedAt < now - KeptFor);
        session.Store(pending);
        await session.SaveChangesAsync(cancellation);
        return report with { Token = pending.Id };
    }

    public async Task<ImportReport> Apply(Guid token, string recordedBy, CancellationToken cancellation = default)
    {
        var pending = await session.LoadAsync<PendingImport>(token, cancellation) ?? throw new PendingImportNotFound(token);
        // Removed in the import's own transaction: the same preview cannot be applied twice.
        session.Delete(pending);
        return await import.Apply(SheetFile.Read(pending.Content, pending.FileName), pending.FileName, recordedBy, cancellation);
    }

    /// <summary>The command line: a dry run, or with <paramref name="apply"/> the import, of a file on disk.</summary>
    public async Task<ImportReport> FromFile(byte[] content, string fileName, string recordedBy, bool apply,
        CancellationToken cancellation = default)
    {
        var name = SafeName(fileName);
        var table = SheetFile.Read(content, name);
        return apply
            ? await import.Apply(table, name, recordedBy, cancellation)
            : await import.DryRun(table, name, recordedBy, cancellation);
    }

    /// <summary>The file's own name, without any folder, as the source of every imported fact names it.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).Take(120).ToArray());
        return name.Length == 0 ? "register" : name;
    }
}
