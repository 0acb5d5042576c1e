using Microsoft.AspNetCore.OData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Registry.Web.Hosting;

namespace Registry.Web.OData;

public static class ODataSetup
{
    public const string RoutePrefix = "odata";

    /// <summary>The OData v4 feed at /odata over the flat read tables (docs/odata.md, docs/adr/0008, 0020, 0021).</summary>
    public static WebApplicationBuilder AddRegistryOData(this WebApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddSingleton(new BaselineConnection(connectionString));
        builder.Services.Configure<ODataFeedOptions>(builder.Configuration.GetSection(ODataFeedOptions.Section));
        var maxTop = builder.Configuration.GetValue<int?>($"{ODataFeedOptions.Section}:MaxTop") ?? new ODataFeedOptions().MaxTop;
        builder.Services.AddDbContextPool<ReadModelDbContext>((services, db) => db
            .UseNpgsql(connectionString)
            .AddInterceptors(new TodayParameter(services.GetRequiredService<NodaTime.IClock>()))
            .ReplaceService<IQuerySqlGeneratorFactory, ODataNullOrderingSqlGeneratorFactory>()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        builder.Services.AddScoped<ReadModelServices>();
        builder.Services.AddControllers().AddOData(odata => odata
            .AddRouteComponents(RoutePrefix, RegistryEdmModel.Build())
            .Filter().OrderBy().Select().Expand().Count().SkipToken().SetMaxTop(maxTop));
        // Ahead of the default writer, so that status code pages under /odata become OData errors.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ODataProblemWriter>());
        // Checked at start-up: a wrong public address would break every next link.
        ODataProtocol.ServiceRootOf(builder.Configuration[ODataProtocol.PublicBaseAddressKey]);

        // Outermost first: the proxy's view of the request, then compression of what the rest writes.
        builder.AddResponseCompressionForJson();
        builder.Services.AddEarlyMiddleware(app => app.UseMiddleware<ODataProtocol>());
        return builder;
    }

    public static WebApplication MapRegistryOData(this WebApplication app)
    {
        app.MapControllers();
        app.MapBaseline(app.Services.GetRequiredService<BaselineConnection>().ConnectionString);
        return app;
    }

    private sealed record BaselineConnection(string ConnectionString);
}
