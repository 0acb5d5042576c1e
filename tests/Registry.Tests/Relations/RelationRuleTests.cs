using Registry.Provenance;
using Registry.Relations;
using Registry.Termination;

namespace Registry.Tests.Relations;

public sealed class RelationRuleTests
{
    private static readonly Source Sro = new("SRO", Date(2018, 2, 22), "2");

    [Fact]
    public void A_relation_is_recorded_with_its_source_and_note()
    {
        var document = Scenario.Given(InForce())
            .When(new AddRelation(OtherDocumentId, RelationKind.SubAgreementOf, Sro, " HoS-avtalets underavtal "))
            .Then(new RelationAdded(DocumentId, OtherDocumentId, RelationKind.SubAgreementOf, Recording, Sro, "HoS-avtalets underavtal"));

        Assert.Equal([new DocumentRelation(OtherDocumentId, RelationKind.SubAgreementOf, Sro, "HoS-avtalets underavtal")], document.Relations);
    }

    [Fact]
    public void A_document_cannot_relate_to_itself() =>
        Scenario.Given(InForce()).When(new AddRelation(DocumentId, RelationKind.AppendixTo))
            .ThenRejects("toId", "Ett dokument kan inte relatera till sig självt.");

    [Fact]
    public void An_unknown_kind_is_refused() =>
        Scenario.Given(InForce()).When(new AddRelation(OtherDocumentId, (RelationKind)99))
            .ThenRejects("kind", "Okänd relation.");

    [Fact]
    public void The_same_relation_twice_is_refused() =>
        Scenario.Given([.. InForce(), new RelationAdded(DocumentId, OtherDocumentId, RelationKind.AppendixTo, Recording)])
            .When(new AddRelation(OtherDocumentId, RelationKind.AppendixTo))
            .ThenRejects("toId", "Relationen \"bilaga till\" till dokumentet finns redan.");

    [Fact]
    public void Another_kind_to_the_same_document_is_a_second_relation() =>
        Scenario.Given([.. InForce(), new RelationAdded(DocumentId, OtherDocumentId, RelationKind.AppendixTo, Recording)])
            .When(new AddRelation(OtherDocumentId, RelationKind.RegulatedIn))
            .Then(new RelationAdded(DocumentId, OtherDocumentId, RelationKind.RegulatedIn, Recording));

    [Fact]
    public void The_parent_and_the_successor_read_as_relations()
    {
        var parent = Guid.NewGuid();
        var document = Scenario.Given([Drafted() with { ParentId = parent },
            new DocumentSuperseded(DocumentId, OtherDocumentId, Date(2022, 1, 1), null, Recording)]).Document;

        Assert.Equal([new DocumentRelation(parent, RelationKind.BelongsTo), new DocumentRelation(OtherDocumentId, RelationKind.ReplacedBy)],
            document.AllRelations());
    }

    [Fact]
    public void The_parent_relation_is_recorded_once_and_can_be_removed()
    {
        var history = new IDocumentEvent[] { Drafted() with { ParentId = OtherDocumentId } };
        Scenario.Given(history).When(new AddRelation(OtherDocumentId, RelationKind.BelongsTo))
            .ThenRejects("toId", "Relationen \"hör till\" till dokumentet finns redan.");

        var document = Scenario.Given(history).When(new RemoveRelation(OtherDocumentId, RelationKind.BelongsTo, " Fel dokument "))
            .Then(new RelationRemoved(DocumentId, OtherDocumentId, RelationKind.BelongsTo, "Fel dokument", Recording));

        Assert.Null(document.ParentId);
        Assert.Empty(document.AllRelations());
    }

    [Fact]
    public void Removing_a_relation_the_document_does_not_hold_is_refused() =>
        Scenario.Given([.. InForce(), new RelationAdded(DocumentId, OtherDocumentId, RelationKind.AppendixTo, Recording)])
            .When(new RemoveRelation(OtherDocumentId, RelationKind.SubAgreementOf))
            .ThenRejects("toId", $"Dokumentet har ingen relation \"underavtal till\" till {OtherDocumentId}.");

    [Fact]
    public void A_document_without_relations_has_none_to_remove() =>
        Scenario.Given(InForce()).When(new RemoveRelation(OtherDocumentId, RelationKind.SubAgreementOf))
            .ThenRejects("toId", "Dokumentet har ingen relation som kan tas bort.");

    [Fact]
    public void Every_kind_reads_in_swedish_from_both_ends()
    {
        Assert.All(Enum.GetValues<RelationKind>(), kind =>
        {
            Assert.NotEqual(kind.ToString(), kind.Label());
            Assert.NotEqual(kind.ToString(), kind.InverseLabel());
        });
        Assert.Equal(("Ersätter", "Ersatt av"), (RelationKind.Replaces.Label(), RelationKind.Replaces.InverseLabel()));
    }
}
