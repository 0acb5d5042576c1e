namespace Registry.Web.Access;

/// <summary>A browser loading a page (address bar, link): it gets the sign-in page, not an HTTP Basic prompt.</summary>
public static class BrowserNavigation
{
    public static bool Is(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        // Sec-Fetch-* reach only trustworthy origins (HTTPS, localhost); over plain HTTP a browser still asks for HTML first.
        if (request.Headers["Sec-Fetch-Mode"].ToString().Equals("navigate", StringComparison.OrdinalIgnoreCase)) return true;
        var accept = request.Headers.Accept.ToString();
        return accept.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
