package io.github.camelcalendly.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.booking.NoShows;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;

/**
 * {@code POST /invitee_no_shows}, {@code GET} and {@code DELETE /invitee_no_shows/{uuid}}.
 */
public final class NoShowsApi implements ApiModule {

    private final NoShows noShows;

    public NoShowsApi(SandboxContext context) {
        this.noShows = new NoShows(context);
    }

    @Override
    public void register(Router router) {
        router.post("/invitee_no_shows", "scheduled_events:write", request -> {
            JsonNode invitee = request.jsonBody().get("invitee");
            if (invitee != null && !invitee.isNull() && !invitee.isTextual()) {
                throw ApiException.invalidArgument("invitee", "must be an invitee URI");
            }
            return ApiResponse.created(noShows.mark(invitee == null || invitee.isNull() ? null : invitee.asText()));
        });
        router.get("/invitee_no_shows/{uuid}", "scheduled_events:read",
                request -> ApiResponse.resource(noShows.require(request.pathParam("uuid"))));
        router.delete("/invitee_no_shows/{uuid}", "scheduled_events:write", request -> {
            noShows.unmark(request.pathParam("uuid"));
            return ApiResponse.noContent();
        });
    }
}
