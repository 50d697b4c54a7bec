using Microsoft.AspNetCore.Diagnostics;
using Rapport.Services;
using Rapport.Storage;

namespace Rapport.Web.Api;

/// <summary>
/// Turns the exceptions that mean "the request was wrong" into RFC 9457 problem details with a one-line detail
/// (400 for bad input, 404 for what does not exist); anything else is a 500 whose detail says nothing internal.
/// </summary>
public sealed class ApiErrors(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (status, detail) = exception switch
        {
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message),
            UserErrorException e => (StatusCodes.Status400BadRequest, e.Message),
            BadHttpRequestException e => (e.StatusCode, e.Message),
            StoreException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
            _ => (StatusCodes.Status500InternalServerError, "An internal error occurred; the server log has the details."),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        }).ConfigureAwait(false);
    }
}
