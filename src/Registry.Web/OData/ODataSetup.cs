using Microsoft.AspNetCore.OData;
using Microsoft.EntityFrameworkCore;

namespace Registry.Web.OData;

public static class ODataSetup
{
    public const string RoutePrefix = "odata";

    /// <summary>The OData v4 feed at /odata over the flat read tables (docs/odata.md, docs/adr/0008).</summary>
    public static WebApplicationBuilder AddRegistryOData(this WebApplicationBuilder builder, string connectionString)
    {
        builder.Services.Configure<ODataFeedOptions>(builder.Configuration.GetSection(ODataFeedOptions.Section));
        var maxTop = builder.Configuration.GetValue<int?>($"{ODataFeedOptions.Section}:MaxTop") ?? new ODataFeedOptions().MaxTop;
        builder.Services.AddDbContextPool<ReadModelDbContext>(db => db
            .UseNpgsql(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddControllers().AddOData(odata => odata
            .AddRouteComponents(RoutePrefix, RegistryEdmModel.Build())
            .Filter().OrderBy().Select().Count().SetMaxTop(maxTop));
        return builder;
    }

    public static WebApplication MapRegistryOData(this WebApplication app)
    {
        app.MapControllers();
        return app;
    }
}
