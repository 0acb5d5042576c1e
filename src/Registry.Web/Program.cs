using Registry.DemoData;
using Registry.Infrastructure;
using Registry.Web.Api;
using Registry.Web.Hosting;
using Wolverine;
using Wolverine.Http;

var builder = WebApplication.CreateBuilder(args);

var connectionString = await RegistryDatabase.ConfigureAsync(builder);
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
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthChecks("/health");
app.MapOpenApi();
app.MapWolverineEndpoints();

app.Run();

public partial class Program;
