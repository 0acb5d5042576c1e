using System.Text.Json.Nodes;
using Registry.DemoData;

namespace Registry.Web.OpenApi;

/// <summary>
/// Request examples for the steps the demo log does not use (<see cref="DemoExamples"/> has the others): the demo
/// registry's documents with bodies, dates and points as in the SRO/VVG minutes, other documents named by id.
/// </summary>
internal static class MinutesExamples
{
    public sealed record StepExample(JsonObject Request, Guid DocumentId);

    private const string Sro20211119 = """{"body": "SRO", "meetingDate": "2021-11-19", "agendaItem": "9"}""";
    private const string Sro20180222 = """{"body": "SRO", "meetingDate": "2018-02-22", "agendaItem": "2"}""";
    private const string Vvg20231215 = """{"body": "VVG", "meetingDate": "2023-12-15", "agendaItem": "6"}""";

    private static readonly Dictionary<string, (string Key, string Json)> Examples = new()
    {
        ["send-remiss"] = ("hos-avtal", $$$"""{"sentOn": "2021-10-01", "responseDeadline": "2021-12-31", "subject": "Hälso- och sjukvårdsavtalet med tillhörande överenskommelser", "precision": {"sentOn": "month"}, "source": {{{Sro20211119}}}}"""),
        ["set-automatic-renewal"] = ("samverkansavtal-fvm", """{"periodYears": 2, "noticePeriodMonths": 6, "firstPeriodEndsOn": "2026-12-31", "note": "Illustration: förlängs med två år i sänder om ingen part säger upp avtalet."}"""),
        ["change-remiss-deadline"] = ("hos-avtal", $$$"""{"newDeadline": "2022-01-31", "reason": "Remisstiden förlängs en månad efter SRO:s dragning.", "source": {{{Sro20211119}}}}"""),
        ["record-remiss-response"] = ("hos-avtal", """{"recipient": "Borås", "stance": "approveWithComments", "respondedOn": "2021-12-15", "source": {"reference": "Borås stad, remissvar Hälso- och sjukvårdsavtalet"}}"""),
        ["record-remiss-conference"] = ("hos-avtal", $$$"""{"heldOn": "2021-11-25", "description": "Remisskonferens Fyrbodal", "source": {{{Sro20211119}}}}"""),
        ["close-remiss"] = ("hos-avtal", """{"closedOn": "2021-12-31"}"""),
        ["adopt"] = ("naturbruksutbildning-tidigare", """{"party": "Borås", "decidedOn": "2018-05-28", "decision": {"body": "Borås kommunfullmäktige", "meetingDate": "2018-05-28", "agendaItem": "12"}}"""),
        ["set-adoption-requirement"] = ("naturbruksutbildning-tidigare", $$$"""{"requirement": "allMunicipalities", "noticeScope": "partyOnly", "source": {{{Sro20180222}}}}"""),
        ["propose-extension"] = ("riktlinje-medfoljande-personal", $$$"""{"newValidTo": "2026-12-31", "withEditorialChanges": true, "decision": {{{Vvg20231215}}}}"""),
        ["decide-extension"] = ("riktlinje-medfoljande-personal", """{"decidedOn": "2024-02-20", "party": "VGR", "decision": {"body": "Hälso- och sjukvårdsstyrelsen", "meetingDate": "2024-02-20"}}"""),
        ["set-end-condition"] = ("samverkansavtal-fvm", """{"condition": "tills dess en ny struktur finns på plats", "reviewOn": "2026-12-31", "source": {"body": "SRO", "meetingDate": "2020-11-06", "agendaItem": "7"}}"""),
        ["give-notice"] = ("naturbruksutbildning-tidigare", $$$"""{"party": "Skövde", "givenOn": "2018-03-31", "decision": {"body": "Skövde kommunstyrelse", "meetingDate": "2018-03-28"}, "source": {{{Sro20180222}}}}"""),
        ["complete-follow-up"] = ("uppdragshandling-familjecentraler", """{"followUpKey": "uppfoljning-2022-05-31", "completedOn": "2022-05-31", "note": "Arbetet avslutat i maj 2022."}"""),
        ["reschedule-follow-up"] = ("uppdragshandling-familjecentraler", """{"followUpKey": "uppfoljning-2022-05-31", "newDueOn": "2022-09-30", "reason": "Arbetet påbörjades senare än planerat."}"""),
        ["add-responsible-contact"] = ("riktlinje-medfoljande-personal", """{"name": "Angela Olausson", "email": "angela.olausson@example.se", "role": "forvaltare"}"""),
        ["remove-responsible-contact"] = ("riktlinje-medfoljande-personal", """{"email": "angela.olausson@example.se", "reason": "Ny förvaltare efter revideringen."}"""),
        ["add-relation"] = ("riktlinje-oro-for-vantat-barn", $$$"""{"toId": "{{{DemoRegistry.IdFor("riktlinje-medfoljande-personal")}}}", "kind": "belongsTo", "source": {"body": "VVG", "meetingDate": "2023-12-15", "agendaItem": "5"}}"""),
        ["remove-relation"] = ("riktlinje-oro-for-vantat-barn", $$$"""{"toId": "{{{DemoRegistry.IdFor("riktlinje-medfoljande-personal")}}}", "kind": "belongsTo", "reason": "Felaktigt kopplad."}"""),
        ["withdraw"] = ("hos-avtal", $$$"""{"withdrawnOn": "2021-11-19", "reason": "Remissversionen dras tillbaka för omarbetning.", "source": {{{Sro20211119}}}}"""),
        ["supersede"] = ("overenskommelse-in-och-utskrivning", $$$"""{"supersededById": "{{{DemoRegistry.IdFor("overenskommelse-in-och-utskrivning" + "-2018-09-25")}}}", "supersededOn": "2018-09-25", "source": {"body": "SRO", "meetingDate": "2018-02-22", "agendaItem": "1"}}"""),
        ["expire"] = ("riktlinje-oro-for-vantat-barn", """{"note": "Bekräftar att riktlinjen upphörde efter 2025-12-31, till vilket datum VVG 2023-12-15 punkt 5 förlängde den."}"""),
    };

    public static StepExample? For(string step) =>
        Examples.TryGetValue(step, out var example)
            ? new StepExample(JsonNode.Parse(example.Json)!.AsObject(), DemoRegistry.IdFor(example.Key))
            : null;
}
