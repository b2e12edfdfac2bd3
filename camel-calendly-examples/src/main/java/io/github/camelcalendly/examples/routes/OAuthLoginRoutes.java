package io.github.camelcalendly.examples.routes;

import io.github.camelcalendly.CalendlyApiException;
import io.github.camelcalendly.CalendlyValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Connects a Calendly user with OAuth's authorization-code flow on Camel's HTTP server (platform-http), then acts
 * as that user. {@code GET /calendly/login} sends the browser to Calendly's consent page; Calendly sends it back to
 * {@code GET /calendly/callback} (the app's registered redirect URI) with a code, which the component exchanges for
 * tokens, saved in its token store under the user's URI; the callback then answers the user's active meetings as
 * JSON. The OAuth app (clientId, clientSecret) and the token store are component options; the redirect URI and the
 * scopes to ask for are the placeholders {@code calendly.oauth.redirectUri} and {@code calendly.oauth.scopes}.
 * The project README shows this class as its authorization-code example.
 */
public class OAuthLoginRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // a callback that is not the answer to our own authorization request: refused, nothing exchanged or saved
        onException(CalendlyValidationException.class).handled(true)
                .log(LoggingLevel.WARN, "calendly.oauth", "Calendly sign-in refused: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                .setBody(constant("This sign-in link is not valid (any more). Start again at /calendly/login."));
        // Calendly refused the code (expired, used already) or the call after it
        onException(CalendlyApiException.class).handled(true)
                .log(LoggingLevel.WARN, "calendly.oauth", "Calendly refused: ${exception.message}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                .setBody(constant("Calendly did not accept the sign-in. Start again at /calendly/login."));

        from("platform-http:/calendly/login?httpMethodRestrict=GET").routeId("calendly-login")
                // the body becomes Calendly's authorization URL (PKCE S256 and a fresh state, both remembered)
                .to("calendly:oauth?op=authorizeUrl&redirectUri={{calendly.oauth.redirectUri}}"
                        + "&scopes={{calendly.oauth.scopes}}")
                .setHeader("Location", body())
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(302))
                .setBody(constant(""));

        from("platform-http:/calendly/callback?httpMethodRestrict=GET").routeId("calendly-callback")
                .setHeader("CamelCalendly.code", header("code"))
                .setHeader("CamelCalendlyOAuthState", header("state"))
                .removeHeaders("code|state")
                // checks the state (a callback without one is refused), exchanges the code with the remembered PKCE
                // verifier, saves the tokens under the user's URI and sets CamelCalendlyConnectionId to it; the
                // body says who connected
                .to("calendly:oauth?op=exchangeCode&redirectUri={{calendly.oauth.redirectUri}}")
                .log(LoggingLevel.INFO, "calendly.oauth", "connected ${body[owner]} with scopes ${body[scopes]}")
                // CamelCalendlyConnectionId makes this call act for the user who just signed in
                .to("calendly:scheduledEvents?op=list&status=active&sort=start_time:asc&maxResults=20")
                .marshal().json();
    }
}
