var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "up" }));
app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
