using ConsentManager.Api.Consents;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Health;
using ConsentManager.Api.Hosting;
using ConsentManager.Api.Http;
using ConsentManager.Api.Security;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

var builder = WebApplication.CreateBuilder(args);

// HTTP contract: problem details for every error, strict JSON, OpenAPI
builder.Services.AddApiProblemDetails();
builder.Services.AddHttpContract();
builder.Services.AddOpenApi();
builder.Services.AddPublicEndpointProtection();

// Infrastructure
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddConsentStorage();
builder.Services.AddApiKeySecurity();

// Features
builder.Services.AddSites(builder.Environment);
builder.Services.AddConsents();
builder.Services.AddDecisions();
builder.Services.AddStartupBanner();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting();
app.UseRequestBodyLimit();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthEndpoints();
app.MapOpenApi();
app.MapControllers();

app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
