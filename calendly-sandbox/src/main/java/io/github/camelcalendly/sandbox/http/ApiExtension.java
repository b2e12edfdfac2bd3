package io.github.camelcalendly.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.ratelimit.RateLimiter;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * The WireMock extension that answers API requests from the sandbox's state: it authenticates the bearer token,
 * applies the per-token rate limit, routes, checks the scope, runs the handler under the state lock and writes
 * Calendly's error shape. It answers only the catch-all stub the sandbox registers, so a test's own stubs (faults,
 * delays) take precedence.
 */
public final class ApiExtension implements ResponseDefinitionTransformerV2 {

    /** The name the catch-all stub refers to. */
    public static final String NAME = "calendly-sandbox-api";

    private volatile SandboxContext context;
    private volatile Router router;

    /** Connects the extension to the running sandbox (the server starts first so its port is known). */
    public void attach(SandboxContext sandboxContext, Router routes) {
        this.context = sandboxContext;
        this.router = routes;
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
        Request request = serveEvent.getRequest();
        SandboxContext ctx = context;
        if (ctx == null) {
            return write(new ApiException(503, "Service Unavailable", "The sandbox is still starting."), null);
        }
        Optional<TokenGrant> caller = bearerToken(request).flatMap(ctx.tokens()::active);
        if (caller.isEmpty()) {
            return write(ApiException.unauthenticated("The access token is invalid"), null);
        }
        RateLimiter.Decision budget = ctx.rateLimiter().acquire(caller.get().token());
        if (!budget.allowed()) {
            return write(new ApiException(429, "Too Many Requests",
                    "You have exceeded the rate limit of " + budget.limit() + " requests; retry after "
                            + budget.resetSeconds() + " seconds."), budget);
        }
        try {
            return write(route(request, caller.get(), ctx), budget);
        } catch (ApiException e) {
            return write(e, budget);
        } catch (RuntimeException e) {
            return write(new ApiException(500, "Internal Server Error",
                    "The sandbox failed to answer: " + e.getClass().getSimpleName() + ": " + e.getMessage()),
                    budget);
        }
    }

    private ApiResponse route(Request request, TokenGrant caller, SandboxContext ctx) {
        String method = request.getMethod().getName();
        UrlParts url = UrlParts.parse(request.getUrl());
        Router.Match match = router.match(method, url.path())
                .orElseThrow(() -> router.servesCollection(url.path()) ? ApiException.notFound()
                        : ApiException.notModelled(method, url.path()));
        if (match.route().scopes().stream().noneMatch(caller::grants)) {
            throw ApiException.insufficientScope(match.route().scopes().subList(0, 1));
        }
        ApiRequest apiRequest = new ApiRequest(method, url.path(), match.pathParams(), url.query(),
                request.getBody(), caller);
        synchronized (ctx.lock()) {
            return match.route().handler().handle(apiRequest);
        }
    }

    private static Optional<String> bearerToken(Request request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private static ResponseDefinition write(ApiException error, RateLimiter.Decision budget) {
        return write(ApiResponse.of(error.status(), error.toJson()), budget);
    }

    private static ResponseDefinition write(ApiResponse response, RateLimiter.Decision budget) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status());
        if (budget != null) {
            builder.withHeader("X-RateLimit-Limit", String.valueOf(budget.limit()))
                    .withHeader("X-RateLimit-Remaining", String.valueOf(budget.remaining()))
                    .withHeader("X-RateLimit-Reset", String.valueOf(budget.resetSeconds()));
        }
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            builder.withHeader(header.getKey(), header.getValue());
        }
        if (response.body() != null) {
            builder.withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(Json.text(response.body()).getBytes(StandardCharsets.UTF_8));
        }
        return builder.build();
    }
}
