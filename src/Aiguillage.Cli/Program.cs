using Aiguillage;
using Aiguillage.Cli;
using Aiguillage.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

// A thin command line over the library's use cases. Configuration: appsettings.json beside the program, then
// environment variables (Database__Provider, ConnectionStrings__Aiguillage), then --Database:Provider=… arguments.
// A relative SQLite path is taken from the current folder: run it from the repository root to share the site's database.
var (command, options, settings) = CommandLine.Parse(args);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = settings,
    ContentRootPath = Directory.GetCurrentDirectory(),
});
builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(settings);
var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
builder.Services.AddAiguillageDatabase(database.Provider, builder.Configuration.GetConnectionString(DatabaseRegistration.ConnectionStringName), Directory.GetCurrentDirectory());
builder.Services.AddAiguillageUseCases();

using var host = builder.Build();
return await Commands.RunAsync(host.Services, command, options, Console.Out, Console.Error);
