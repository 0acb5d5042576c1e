using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using NodaTime.Text;
using Registry.Contacts;
using Registry.FollowUp;
using Registry.Infrastructure;
using Registry.Provenance;

namespace Registry.Web.Ui.Forms;

/// <summary>What a form may offer besides the command's own shape: other documents, kinds, the document itself.</summary>
public sealed record FormContext(Styrdokument? Document, IReadOnlyList<(Guid Id, string Title)> Documents,
    IReadOnlyList<string> Kinds)
{
    /// <summary>The context of a form about <paramref name="document"/> (null: a new one), with every document's title.</summary>
    public static async Task<FormContext> LoadAsync(IQuerySession session, Styrdokument? document, DocumentKinds kinds,
        CancellationToken cancellation)
    {
        var titles = await session.Query<Styrdokument>().OrderBy(d => d.Title)
            .Select(d => new { d.Id, d.Title }).ToListAsync(cancellation);
        return new FormContext(document, titles.Select(d => (d.Id, d.Title)).ToList(), kinds.All);
    }
}

/// <summary>
/// A form derived from a lifecycle command's constructor: one input per parameter, named by its JSON path.
/// Posted values become the same JSON the HTTP API accepts, so the UI and the API share one command model and
/// one set of rules; only the shape of the input (dates, numbers, required fields) is checked here.
/// </summary>
public sealed class StepForm
{
    private static readonly string[] LongTexts = ["note", "reason", "summary", "description"];

    public StepForm(LifecycleStep step, FormContext context)
    {
        Step = step;
        Fields = Parameters(step.CommandType).Select(p => FieldFor(step, p, "", context)).ToList();
    }

    public LifecycleStep Step { get; }
    public IReadOnlyList<FormField> Fields { get; }
    public Dictionary<string, string> Values { get; } = new();
    public Dictionary<string, List<string>> Errors { get; } = new();

    /// <summary>Messages that belong to no input of the form (e.g. the document's status).</summary>
    public List<string> FormErrors { get; } = [];

    public bool IsValid => Errors.Count == 0 && FormErrors.Count == 0;

    public string Value(string name) => Values.GetValueOrDefault(name, "");

    public IReadOnlyList<string> ErrorsFor(string name) => Errors.TryGetValue(name, out var list) ? list : [];

    public void AddError(string? field, string message)
    {
        if (field is not null && AllFields().Any(f => f.Name == field))
        {
            if (!Errors.TryGetValue(field, out var list)) Errors[field] = list = [];
            list.Add(message);
        }
        else
        {
            FormErrors.Add(message);
        }
    }

    /// <summary>Read the posted form; returns the command when the input has the right shape.</summary>
    public object? Bind(IFormCollection form)
    {
        foreach (var field in AllFields().Where(f => f.Kind != FieldKind.Group))
            Values[field.Name] = form[field.Name].ToString();
        var json = new JsonObject();
        foreach (var field in Fields)
            if (Read(field) is { } node) json[field.Name] = node;
        if (!IsValid) return null;
        try
        {
            return json.Deserialize(Step.CommandType, RegistryJson.Input);
        }
        catch (JsonException e)
        {
            FormErrors.Add($"Uppgifterna kunde inte tolkas: {e.Message}");
            return null;
        }
    }

    public IEnumerable<FormField> AllFields() => Fields.SelectMany(f => f.Kind == FieldKind.Group ? [f, .. f.Children] : new[] { f });

    private JsonNode? Read(FormField field)
    {
        if (field.Kind == FieldKind.Group)
        {
            if (field.Children.All(c => string.IsNullOrWhiteSpace(Value(c.Name))))
            {
                if (field.Required) AddError(field.Name, $"{field.Label} måste anges.");
                return null;
            }
            var group = new JsonObject();
            foreach (var child in field.Children)
                if (Read(child) is { } node) group[Leaf(child.Name)] = node;
            return group;
        }

        var raw = Value(field.Name).Trim();
        if (field.Kind == FieldKind.Checkbox) return JsonValue.Create(raw == "true");
        if (raw.Length == 0)
        {
            if (field.Required) AddError(field.Name, $"{field.Label} måste anges.");
            return null;
        }
        switch (field.Kind)
        {
            case FieldKind.Date:
                var date = LocalDatePattern.Iso.Parse(raw);
                if (date.Success) return JsonValue.Create(date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                AddError(field.Name, $"{field.Label}: ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-31.");
                return null;
            case FieldKind.Number:
                if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
                AddError(field.Name, $"{field.Label}: ange ett heltal.");
                return null;
            case FieldKind.Lines:
                return new JsonArray(raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                    .Select(l => (JsonNode)JsonValue.Create(l)).ToArray());
            case FieldKind.Select when field.Options.Count > 0 && field.Options.All(o => o.Value != raw):
                AddError(field.Name, $"{field.Label}: välj ett av alternativen.");
                return null;
            default:
                return JsonValue.Create(raw);
        }
    }

    private static string Leaf(string name) => name[(name.LastIndexOf('.') + 1)..];

    private static IEnumerable<ParameterInfo> Parameters(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();

    private static FormField FieldFor(LifecycleStep step, ParameterInfo parameter, string prefix, FormContext context)
    {
        var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var nullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
                       || new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;
        var required = (!parameter.HasDefaultValue && !nullable && type != typeof(bool))
                       || step.RequiredInputs.Contains(name);
        var input = step.Input(name);
        var label = input.Label;

        if (type == typeof(DecisionReference) || type == typeof(Source))
        {
            // A source's meeting id is set when a meeting is recorded in one go, not typed in.
            var children = Parameters(type).Where(p => p.Name != nameof(Source.MeetingId))
                .Select(p => FieldFor(step, p, name + ".", context)).ToList();
            return new FormField(name, label, FieldKind.Group, required) { Children = children, Hint = input.Hint };
        }
        if (type == typeof(IReadOnlyDictionary<string, DatePrecision>))
            return new FormField(name, "Datumens precision", FieldKind.Group, false)
            {
                Hint = "Lämna tomt när källan anger dagen. Månad: ange månadens första eller sista dag; år och ungefärligt: 1 januari eller 31 december. Okänt: lämna datumet tomt.",
                Children = Parameters(step.CommandType)
                    .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) == typeof(LocalDate))
                    .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!))
                    .Select(date => new FormField($"{name}.{date}", $"Precision: {step.Input(date).Label}", FieldKind.Select, false)
                    {
                        Options = Enum.GetValues<DatePrecision>()
                            .Select(v => new FieldOption(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v.Label())).ToList(),
                    }).ToList(),
            };
        var field = new FormField(name, label, KindOf(name, type), required) { Hint = input.Hint };
        if (type.IsEnum)
            return field with
            {
                Options = Enum.GetValues(type).Cast<object>()
                    .Select(v => new FieldOption(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()!), FieldLabels.Enum(v))).ToList(),
            };
        if (type == typeof(Guid))
            return field with
            {
                Options = context.Documents.Where(d => d.Id != context.Document?.Id)
                    .Select(d => new FieldOption(d.Id.ToString(), d.Title)).ToList(),
            };
        return name switch
        {
            "kind" when step == DraftDocument.Step => field with
            {
                Kind = FieldKind.Select,
                Options = context.Kinds.Select(k => new FieldOption(k, DocumentKinds.Label(k))).ToList(),
            },
            "followUpKey" when step == CompleteFollowUp.Step => field with
            {
                Kind = FieldKind.Select,
                Hint = null,
                Options = (context.Document?.FollowUps ?? []).Where(f => f.CompletedOn is null)
                    .Select(f => new FieldOption(f.Key, $"{f.Kind.Label()} senast {f.DueOn:yyyy-MM-dd}: {f.Description}")).ToList(),
            },
            "email" when step == RemoveResponsibleContact.Step => field with
            {
                Kind = FieldKind.Select,
                Options = (context.Document?.ResponsibleContacts ?? []).Select(c => new FieldOption(c.Email, c.ToString())).ToList(),
            },
            "party" or "recipient" => field with { Suggestions = [.. Parties.All] },
            "decision.body" or "source.body" => field with { Suggestions = MeetingBodies.Suggestions },
            _ => field,
        };
    }

    private static FieldKind KindOf(string name, Type type) =>
        type == typeof(LocalDate) ? FieldKind.Date
        : type == typeof(bool) ? FieldKind.Checkbox
        : type == typeof(int) ? FieldKind.Number
        : type.IsEnum || type == typeof(Guid) ? FieldKind.Select
        : type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? FieldKind.Lines
        : LongTexts.Contains(name) ? FieldKind.LongText
        : FieldKind.Text;
}
