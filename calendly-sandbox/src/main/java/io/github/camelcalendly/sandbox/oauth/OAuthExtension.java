package io.github.camelcalendly.sandbox.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.UrlParts;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * The WireMock extension behind the sandbox's OAuth host ({@code auth.calendly.com}): {@code GET /oauth/authorize},
 * {@code POST /oauth/token}, {@code POST /oauth/revoke} and {@code POST /oauth/introspect}, answered from the
 * sandbox's state under its lock. Like the API extension it answers only the catch-all stub, so a test's own stubs on
 * {@code authWireMock()} take precedence.
 */
public final class OAuthExtension implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "calendly-sandbox-oauth";

    private volatile SandboxContext context;
    private volatile AuthorizeEndpoint authorize;
    private volatile TokenEndpoint token;
    private volatile TokenManagement management;
    private volatile TokenRequestLog tokenRequests;
    private volatile TokenRequestGate gate;

    /** Connects the extension to the running sandbox, with no codes or refresh tokens yet. */
    public void attach(SandboxContext sandboxContext) {
        AuthorizationCodes codes = new AuthorizationCodes();
        RefreshTokens refreshTokens = new RefreshTokens();
        TokenRequestLog log = new TokenRequestLog();
        this.authorize = new AuthorizeEndpoint(sandboxContext, codes);
        this.token = new TokenEndpoint(sandboxContext, codes, refreshTokens, log);
        this.tokenRequests = log;
        this.management = new TokenManagement(sandboxContext, codes, refreshTokens);
        this.context = sandboxContext;
    }

    /**
     * An authorization code for the registered client and its redirect URI, as if {@code user} (a seeded user) had
     * consented to {@code scopes} (all when empty) in a browser; {@code codeChallenge} is an S256 PKCE challenge or
     * null.
     */
    public String consent(String user, Collection<String> scopes, String codeChallenge) {
        SandboxContext ctx = requireAttached();
        synchronized (ctx.lock()) {
            return authorize.consent(user, scopes, codeChallenge);
        }
    }

    /**
     * Revokes everything the registered client holds for {@code user}, as when the user disconnects the app: its
     * refresh tokens, its OAuth access tokens and its codes not yet redeemed. Personal access tokens stay valid.
     */
    public void revokeGrantsOf(String user) {
        SandboxContext ctx = requireAttached();
        synchronized (ctx.lock()) {
            management.disconnect(user);
        }
    }

    /** Every request the token endpoint answered so far, oldest first. */
    public List<TokenRequest> tokenRequests() {
        SandboxContext ctx = requireAttached();
        synchronized (ctx.lock()) {
            return tokenRequests.all();
        }
    }

    /**
     * Holds every token request that arrives from now on at a new gate, until it is opened or drops them; replaces
     * (and opens) the previous gate.
     */
    public TokenRequestGate holdTokenRequests() {
        TokenRequestGate previous = gate;
        gate = new TokenRequestGate();
        if (previous != null) {
            previous.open();
        }
        return gate;
    }

    /** Opens the gate of {@link #holdTokenRequests()}, if any: token requests are answered at once again. */
    public void openTokenRequests() {
        TokenRequestGate previous = gate;
        gate = null;
        if (previous != null) {
            previous.open();
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        SandboxContext ctx = context;
        if (ctx == null) {
            return write(OAuthAnswer.error(new OAuthError(503, "temporarily_unavailable",
                    "The sandbox is still starting.")));
        }
        Request request = serveEvent.getRequest();
        TokenRequestGate held = gate;
        if (held != null && "/oauth/token".equals(UrlParts.parse(request.getUrl()).path()) && !held.pass()) {
            return write(OAuthAnswer.error(new OAuthError(503, "temporarily_unavailable",
                    "The sandbox dropped this token request at its gate without looking at it.")));
        }
        try {
            synchronized (ctx.lock()) {
                return write(route(request));
            }
        } catch (OAuthError error) {
            return write(OAuthAnswer.error(error));
        } catch (RuntimeException e) {
            return write(OAuthAnswer.error(new OAuthError(500, "server_error",
                    "The sandbox failed to answer: " + e.getClass().getSimpleName())));
        }
    }

    private OAuthAnswer route(Request request) {
        String method = request.getMethod().getName();
        UrlParts url = UrlParts.parse(request.getUrl());
        String authorization = request.getHeader("Authorization");
        return switch (url.path()) {
            case "/oauth/authorize" -> {
                requireMethod("GET", method, url.path());
                yield authorize.handle(new FormParams(url.query()));
            }
            case "/oauth/token" -> token.handle(authorization, () -> formBody(request, method, url.path()));
            case "/oauth/revoke" -> management.revoke(authorization, formBody(request, method, url.path()));
            case "/oauth/introspect" -> management.introspect(authorization, formBody(request, method, url.path()));
            default -> throw new OAuthError(404, "not_found",
                    "The sandbox's OAuth host has no " + method + " " + url.path() + ".");
        };
    }

    /** The parameters of a POST, form-encoded or JSON ({@link OAuthRequestBody}). */
    private static FormParams formBody(Request request, String method, String path) {
        requireMethod("POST", method, path);
        return OAuthRequestBody.parse(request.getHeader("Content-Type"), request.getBody());
    }

    private static void requireMethod(String expected, String method, String path) {
        if (!expected.equals(method)) {
            throw new OAuthError(405, "invalid_request", path + " accepts " + expected + " only.");
        }
    }

    private static ResponseDefinition write(OAuthAnswer answer) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (answer.body() != null) {
            builder.withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(Json.text(answer.body()).getBytes(StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private SandboxContext requireAttached() {
        SandboxContext ctx = context;
        if (ctx == null) {
            throw new IllegalStateException("The OAuth extension is not attached to a running sandbox");
        }
        return ctx;
    }
}
