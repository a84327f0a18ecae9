using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ConsentManager.Api.OpenApi;

/// <summary>
/// An <c>operationId</c> for every operation (<c>{Controller}_{Action}</c>, or the endpoint's name; a HEAD twin of a
/// GET gets <c>_Head</c>) and a description: the summary, when the endpoint has no longer text.
/// </summary>
internal sealed class OperationNaming : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            operation.OperationId ??= $"{action.ControllerName}_{action.ActionName}";
        }

        if (HttpMethods.IsHead(context.Description.HttpMethod ?? ""))
        {
            operation.OperationId += "_Head";
        }

        operation.Description ??= operation.Summary;
        return Task.CompletedTask;
    }
}
