using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Registry.Tests.OData;

/// <summary>
/// Reads responses with Microsoft.OData.Core's message reader and full validation, as a strict client does:
/// a payload it cannot read (a missing or doubled OData-Version, a null where OData allows none, a context URL
/// that does not fit the query) fails the test.
/// </summary>
public sealed class StrictODataReader(HttpClient http)
{
    private IEdmModel? _model;

    public async Task<IEdmModel> Model()
    {
        if (_model is not null) return _model;
        var response = await http.GetAsync("/odata/$metadata", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, System.Net.HttpStatusCode.OK);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.True(CsdlReader.TryParse(reader, out var model, out var errors), string.Join("; ", errors));
        return _model = model;
    }

    /// <summary>The top-level rows of a feed response, each with its expanded rows by navigation property.</summary>
    public async Task<List<Row>> Feed(HttpResponseMessage response, string set)
    {
        var model = await Model();
        var entitySet = model.EntityContainer.FindEntitySet(set);
        using var reader = await MessageReader(response, model);
        var feed = await reader.CreateODataResourceSetReaderAsync(entitySet, entitySet.EntityType);
        return await ReadRows(feed, topLevelSet: true);
    }

    /// <summary>One entity (GET Set(key)).</summary>
    public async Task<Row> Entity(HttpResponseMessage response, string set)
    {
        var model = await Model();
        var entitySet = model.EntityContainer.FindEntitySet(set);
        using var reader = await MessageReader(response, model);
        var entity = await reader.CreateODataResourceReaderAsync(entitySet, entitySet.EntityType);
        return Assert.Single(await ReadRows(entity, topLevelSet: false));
    }

    public static async Task<ODataError> Error(HttpResponseMessage response)
    {
        using var reader = await MessageReader(response, EdmCoreModel.Instance);
        return await reader.ReadErrorAsync();
    }

    public sealed record Row(ODataResource Resource, Dictionary<string, List<ODataResource>> Expanded)
    {
        public object? this[string property] => Resource.Properties.OfType<ODataProperty>().SingleOrDefault(p => p.Name == property)?.Value;

        public IEnumerable<string> Names => Resource.Properties.OfType<ODataProperty>().Select(p => p.Name);
    }

    private static async Task<List<Row>> ReadRows(ODataReader reader, bool topLevelSet)
    {
        var rows = new List<Row>();
        var resources = new Stack<(ODataResource? Resource, Dictionary<string, List<ODataResource>> Expanded)>();
        var links = new Stack<string>();
        while (await reader.ReadAsync())
        {
            switch (reader.State)
            {
                case ODataReaderState.ResourceStart:
                    resources.Push((reader.Item as ODataResource, new()));
                    break;
                case ODataReaderState.ResourceEnd:
                    var (resource, expanded) = resources.Pop();
                    if (resources.Count == 0) rows.Add(new Row(reader.Item as ODataResource ?? resource!, expanded));
                    else if (resource is not null)
                    {
                        var parent = resources.Peek().Expanded;
                        var link = links.Peek();
                        if (!parent.TryGetValue(link, out var list)) parent[link] = list = [];
                        list.Add(resource);
                    }
                    break;
                case ODataReaderState.NestedResourceInfoStart:
                    var name = ((ODataNestedResourceInfo)reader.Item!).Name!;
                    links.Push(name);
                    if (!resources.Peek().Expanded.ContainsKey(name)) resources.Peek().Expanded[name] = [];
                    break;
                case ODataReaderState.NestedResourceInfoEnd:
                    links.Pop();
                    break;
            }
        }
        _ = topLevelSet;
        return rows;
    }

    private static async Task<ODataMessageReader> MessageReader(HttpResponseMessage response, IEdmModel model)
    {
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var message = new ResponseMessage(response, body);
        return new ODataMessageReader((IODataResponseMessageAsync)message,
            new ODataMessageReaderSettings { Validations = ValidationKinds.All, EnableMessageStreamDisposal = true }, model);
    }

    private sealed class ResponseMessage(HttpResponseMessage response, byte[] body) : IODataResponseMessageAsync
    {
        private readonly Dictionary<string, string> _headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

        public int StatusCode { get => (int)response.StatusCode; set => throw new NotSupportedException(); }

        public string? GetHeader(string headerName) => _headers.GetValueOrDefault(headerName);

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => new MemoryStream(body);

        public Task<Stream> GetStreamAsync() => Task.FromResult<Stream>(new MemoryStream(body));
    }
}
