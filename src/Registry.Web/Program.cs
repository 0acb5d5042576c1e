using JasperFx;
using Registry.DemoData;
using Registry.Infrastructure;
using Registry.Web.Api;
using Registry.Web.Hosting;
using Wolverine;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);

string connectionString;
try
{
    connectionString = await RegistryDatabase.ConfigureAsync(builder);
}
catch (PostgresBinariesNotFound missing)
{
    Console.Error.WriteLine(missing.Message);
    return 1;
}
builder.Services.AddRegistry(connectionString, builder.Configuration);
builder.Host.UseWolverine(options =>
{
    options.ApplicationAssembly = typeof(Program).Assembly;
    options.ConfigureRegistry();
});
if (builder.Configuration.GetValue<bool>("Registry:LoadDemoData"))
    builder.Services.AddHostedService<DemoRegistry>();

builder.Services.AddWolverineHttp();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CommandGateway>();
builder.Services.ConfigureHttpJsonOptions(json => RegistryJson.ConfigureForInput(json.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemResponses>();
builder.AddObservability();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapOpenApi();
app.MapWolverineEndpoints();

// JasperFx command line: `dotnet run -- help` lists db-apply, projections, codegen, resources, …
return await app.RunJasperFxCommands(args);

public partial class Program;
