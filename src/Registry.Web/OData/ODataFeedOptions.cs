namespace Registry.Web.OData;

/// <summary>Limits of the OData feed (configuration section Registry:OData).</summary>
public sealed class ODataFeedOptions
{
    public const string Section = "Registry:OData";

    /// <summary>Rows per page when the client asks for more (or for everything): the rest follows @odata.nextLink.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>The largest $top accepted.</summary>
    public int MaxTop { get; set; } = 100_000;

    /// <summary>The largest $filter/$orderby expression tree accepted, against abusive queries.</summary>
    public int MaxNodeCount { get; set; } = 100;

    /// <summary>
    /// Whole-row pages written directly as JSON instead of through the OData serializer (ADR 0033). Off only to compare
    /// the two in tests.
    /// </summary>
    public bool DirectJson { get; set; } = true;
}
