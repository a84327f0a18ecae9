using ConsentManager.Api.Audit;
using ConsentManager.Api.Changes;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Dashboard;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Demo;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Exports;
using ConsentManager.Api.Features;
using ConsentManager.Api.Freshness;
using ConsentManager.Api.Geo;
using ConsentManager.Api.Health;
using ConsentManager.Api.Hosting;
using ConsentManager.Api.Http;
using ConsentManager.Api.Observability;
using ConsentManager.Api.OpenApi;
using ConsentManager.Api.Privacy;
using ConsentManager.Api.Purge;
using ConsentManager.Api.Security;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.SiteConfig;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Stats;
using ConsentManager.Api.Storage;
using ConsentManager.Api.Subjects;
using ConsentManager.Api.Texts;
using ConsentManager.Api.Visitors;
using ConsentManager.Api.Webhooks;
using ConsentManager.Api.Widget;
using Microsoft.Extensions.DependencyInjection.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppFiles.PublishedContentRoot() });

// HTTP contract: problem details for every error, strict JSON, OpenAPI
builder.Services.AddClientAddressRedaction();
builder.Services.AddApiProblemDetails();
builder.Services.AddHttpContract();
builder.Services.AddApiDocument();
builder.Services.AddPublicEndpointProtection();
builder.Services.AddTrustedProxies();

// HTTPS outside Development: HSTS and redirection, unless Http__AllowPlainHttp (behind a TLS-terminating proxy)
builder.Services.AddHttpsEnforcement();

// Infrastructure
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddConsentStorage();
builder.Services.AddApiKeySecurity();
builder.Services.AddGeoLocation();
builder.Services.AddSiteFeatures();

// Features
builder.Services.AddSites(builder.Environment);
builder.Services.AddVisitorContext();
// Where visitors were last seen, for decisions without an answer
builder.Services.AddSightings();
// Banner texts and their content-addressed archive
builder.Services.AddTexts();
builder.Services.AddSiteConfig();
builder.Services.AddConsents();
// Every change of a visitor's answer announced to all instances before it is acknowledged
builder.Services.AddFreshness();
builder.Services.AddDecisions();

// The per-site change feed (consent and data-subject events)
builder.Services.AddChangeFeed();

// Signed, retried webhooks for every change, delivered from the change feed
builder.Services.AddWebhooks(builder.Environment);

// Controller's obligations: audit trail, data-subject rights, export and purge at the end of the contract
builder.Services.AddAuditTrail();
builder.Services.AddSubjectRights();
builder.Services.AddSiteExport();
builder.Services.AddSitePurge();

builder.Services.AddStartupBanner();

// Marketing's consent rates: receipts and impressions counted per day, the stats API
builder.Services.AddStats();

// Prometheus /metrics: requests per route, decisions, receipts, Redis calls
builder.Services.AddPrometheusMetrics();

// The embeddable widget's build, served at /widget/v1
builder.Services.AddWidgetAssets();

// Marketing's dashboard build, served at /dashboard
builder.Services.AddDashboard();

// Development only: the demo job board at /demo
if (builder.Environment.IsDevelopment())
{
    builder.Services.AddDemo();
}

var app = builder.Build();

app.UseForwardedHeaders();
app.UseHttpsEnforcement();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting();
app.UseRequestBodyLimit();
app.UseCors();
app.UseRateLimiter();
app.UseFailedAccessAudit();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthEndpoints();
app.MapPrometheusMetrics();
app.MapOpenApi();
app.MapControllers();
// The hot paths, outside MVC: the processor's decisions and the widget's config
app.MapDecisionEndpoints();
app.MapSiteConfig();
app.MapWidget();
app.MapDashboard();
if (app.Environment.IsDevelopment())
{
    app.MapDemo();
}

app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
