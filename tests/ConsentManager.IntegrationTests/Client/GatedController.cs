using ConsentManager.Client;
using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.IntegrationTests.Client;

/// <summary>An MVC action behind the consent gate, as a processor would write it.</summary>
[ApiController]
[Route("mvc/pixel")]
public sealed class GatedController(HandlerCounter counter) : ControllerBase
{
    [HttpGet]
    [RequireConsent("retargeting")]
    public ActionResult<string> Get() => counter.Run();
}
