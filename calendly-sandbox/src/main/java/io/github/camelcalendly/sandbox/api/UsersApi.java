package io.github.camelcalendly.sandbox.api;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code GET /users/me} and {@code GET /users/{uuid}}.
 */
public final class UsersApi implements ApiModule {

    private final SandboxContext context;

    public UsersApi(SandboxContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.get("/users/me", "users:read", request -> user(request.caller().user()));
        router.get("/users/{uuid}", "users:read",
                request -> user(context.store().uri(Kind.USER, request.pathParam("uuid"))));
    }

    private ApiResponse user(String uri) {
        return ApiResponse.resource(context.store().findByUri(Kind.USER, uri)
                .orElseThrow(io.github.camelcalendly.sandbox.http.ApiException::notFound));
    }
}
