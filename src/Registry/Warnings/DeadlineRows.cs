namespace Registry.Warnings;

/// <summary>
/// One row per upcoming deadline of a document in <see cref="WarningTables.Deadlines"/>, written with the document's
/// other read rows (<see cref="DocumentProjection"/>), so what is due can be queried in SQL instead of loading every
/// document.
/// </summary>
public static class DeadlineRows
{
    public static void Write(IDocumentOperations operations, Styrdokument document)
    {
        operations.QueueSqlCommand($"delete from {WarningTables.Deadlines} where document_id = ?", document.Id);
        foreach (var deadline in Deadlines.Of(document))
        {
            operations.QueueSqlCommand(
                $"insert into {WarningTables.Deadlines} (document_id, kind, subject, target_date, title, document_kind, owner_bodies, details, responsible_contacts) " +
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                document.Id, deadline.Kind.Key(), deadline.Subject, deadline.TargetDate.ToDateOnly(), document.Title,
                document.Kind, document.OwnerBodies.ToArray(), deadline.Details,
                document.ResponsibleContacts.Select(c => c.Email).ToArray());
        }
    }
}
