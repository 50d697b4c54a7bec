namespace Rapport.Web.Api;

/// <summary>The thing a request names does not exist: answered with 404 and this message.</summary>
public sealed class NotFoundException(string message) : Exception(message);
