using Marten;
using Registry.Documents;
using Registry.ReadModels;

namespace Registry.Relations;

/// <summary>A document related to the one shown, with the relation read from the shown one ("Har underavtal").</summary>
public sealed record FamilyMember(string Label, Guid DocumentId, string? Title, string Source);

/// <summary>A document's family: the relations it holds, and those other documents hold to it (from the relations table).</summary>
public static class DocumentFamily
{
    public static async Task<IReadOnlyList<FamilyMember>> Of(IQuerySession session, Styrdokument document, CancellationToken cancellation)
    {
        var members = document.AllRelations()
            .Select(r => (Label: r.Kind.Label(), Id: r.ToId, Source: Provenance.Source.Show(r.Source)))
            .ToList();
        var inverse = await session.QueryAsync<string>(
            $"select from_id::text || '|' || kind || '|' || source from {ReadModelTables.Relations.QualifiedName} where to_id = ? order by kind, from_id",
            cancellation, document.Id);
        foreach (var row in inverse)
        {
            var parts = row.Split('|', 3);
            if (Enum.TryParse<RelationKind>(parts[1], out var kind))
                members.Add((kind.InverseLabel(), Guid.Parse(parts[0]), parts[2]));
        }
        var titles = (await session.LoadManyAsync<Styrdokument>(cancellation, members.Select(m => m.Id).Distinct()))
            .ToDictionary(d => d.Id, d => d.Title);
        return members.Select(m => new FamilyMember(m.Label, m.Id, titles.GetValueOrDefault(m.Id), m.Source)).ToList();
    }
}
