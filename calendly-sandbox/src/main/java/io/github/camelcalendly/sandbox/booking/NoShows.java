package io.github.camelcalendly.sandbox.booking;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Marks and unmarks invitees as no-shows, keeping {@code invitee.no_show} in step and raising
 * {@code invitee_no_show.created} / {@code invitee_no_show.deleted}. Callers hold the context lock.
 */
public final class NoShows {

    private final SandboxContext context;
    private final SandboxStore store;

    public NoShows(SandboxContext context) {
        this.context = context;
        this.store = context.store();
    }

    /**
     * Marks the invitee a no-show. Calendly documents no 409 for this call, so marking one twice is a 400 naming
     * {@code invitee}.
     */
    public ObjectNode mark(String inviteeUri) {
        if (inviteeUri == null || inviteeUri.isBlank()) {
            throw ApiException.invalidArgument("invitee", "is required");
        }
        ObjectNode invitee = store.findByUri(Kind.INVITEE, inviteeUri)
                .orElseThrow(() -> ApiException.invalidArgument("invitee", "does not name an invitee"));
        if (!invitee.path("no_show").isNull()) {
            throw ApiException.invalidArgument("invitee", "is already marked as a no-show");
        }
        Instant now = context.now();
        String uuid = store.newUuid();
        ObjectNode noShow = Json.object();
        noShow.put("uri", store.uri(Kind.NO_SHOW, uuid));
        noShow.put("invitee", inviteeUri);
        noShow.put("created_at", Json.time(now));
        store.put(Kind.NO_SHOW, uuid, noShow);
        ObjectNode embedded = invitee.putObject("no_show");
        embedded.put("uri", noShow.path("uri").asText());
        embedded.put("created_at", noShow.path("created_at").asText());
        invitee.put("updated_at", Json.time(now));
        publish("invitee_no_show.created", invitee, now);
        return noShow;
    }

    public ObjectNode require(String uuid) {
        return store.require(Kind.NO_SHOW, uuid);
    }

    /** Removes the no-show mark (404 when there is none with that uuid). */
    public void unmark(String uuid) {
        ObjectNode noShow = store.require(Kind.NO_SHOW, uuid);
        store.remove(Kind.NO_SHOW, uuid);
        Instant now = context.now();
        store.findByUri(Kind.INVITEE, noShow.path("invitee").asText()).ifPresent(invitee -> {
            invitee.putNull("no_show");
            invitee.put("updated_at", Json.time(now));
            publish("invitee_no_show.deleted", invitee, now);
        });
    }

    private void publish(String name, ObjectNode invitee, Instant now) {
        store.findByUri(Kind.SCHEDULED_EVENT, invitee.path("event").asText()).ifPresent(event -> context.events()
                .publish(InviteePayloads.event(name, invitee, event, context.seeded().organization(), now)));
    }
}
