using Microsoft.AspNetCore.Mvc;

namespace ConsentManager.Api.Errors;

public static class ErrorsRegistration
{
    /// <summary>One error shape everywhere: RFC 7807 problem details, including MVC's own model-binding errors.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // PostConfigure: MVC's own set-up would otherwise replace the factory.
        services.PostConfigure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = InvalidBody);
        return services;
    }

    // Model binding reports a body that failed to parse twice: once at the JSON path, once as "the parameter is
    // required". Only the first says what is wrong, so the second is dropped when both are there.
    private static IActionResult InvalidBody(ActionContext context)
    {
        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .ToDictionary(entry => entry.Key, entry => entry.Value!.Errors.Select(error => JsonErrorMessages.Describe(entry.Key, error.ErrorMessage)).ToArray());
        var parameterNames = context.ActionDescriptor.Parameters.Select(parameter => parameter.Name).ToHashSet();
        if (errors.Keys.Any(key => !parameterNames.Contains(key)))
        {
            foreach (var name in parameterNames)
            {
                errors.Remove(name);
            }
        }

        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid",
            Detail = errors.Values.Select(messages => messages.FirstOrDefault()).FirstOrDefault(),
        };
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }
}
