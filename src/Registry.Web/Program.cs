using JasperFx;
using Registry.DemoData;
using Registry.Infrastructure;
using Registry.Web.Hosting;
using Registry.Web.Meetings;
using Registry.Web.Remiss;
using Registry.Web.OData;
using Registry.Web.OpenApi;
using Registry.Web.Sheets;
using Registry.Web.Ui;
using Wolverine;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddForwardedHeadersSetup();

string connectionString;
try
{
    connectionString = await RegistryDatabase.ConfigureAsync(builder, generatingCode: args is ["codegen", ..]);
}
catch (EmbeddedPostgresRefused missing)
{
    Console.Error.WriteLine(missing.Message);
    return 1;
}
builder.Services.AddRegistry(connectionString, builder.Configuration,
    wolverine => wolverine.ApplicationAssembly = typeof(Program).Assembly);
if (builder.Configuration.GetValue<bool>("Registry:LoadDemoData"))
    builder.Services.AddHostedService<DemoRegistry>();

builder.Services.AddWolverineHttp();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CommandGateway>();
builder.Services.ConfigureHttpJsonOptions(json => RegistryJson.ConfigureForInput(json.SerializerOptions));
// Bad input to a minimal API endpoint (the lifecycle steps) reaches ProblemResponses as an exception, like the rest.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemResponses.Localize);
builder.Services.AddExceptionHandler<ProblemResponses>();
builder.AddObservability();
builder.AddRegistryOpenApi();
builder.AddRegistryOData(connectionString);
builder.AddAccess();
builder.AddUi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAccess();
app.MapHealthEndpoints();
app.MapRegistryOpenApi();
app.MapWolverineEndpoints();
app.MapLifecycleSteps();
app.MapMeetings();
app.MapRemissPackages();
app.MapSheets();
app.MapRegistryOData();
app.MapUi();

// A verb first (`dotnet run -- help`, `db-apply`, `projections`, `codegen`…) goes to the JasperFx command line;
// otherwise run the web app, so ordinary ASP.NET Core arguments such as --urls keep working.
if (args.Length > 0 && !args[0].StartsWith('-'))
    return await app.RunJasperFxCommands(args);
await app.RunAsync();
return 0;

public partial class Program;
