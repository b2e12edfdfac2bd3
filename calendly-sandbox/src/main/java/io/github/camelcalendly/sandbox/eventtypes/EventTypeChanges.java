package io.github.camelcalendly.sandbox.eventtypes;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.Resources;
import io.github.camelcalendly.sandbox.state.Resources.EventTypeSpec;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.EventAudience;

/**
 * Creates, updates and deletes event types and raises {@code event_type.created}, {@code event_type.updated} and
 * {@code event_type.deleted} at the moment the state changes. Only one-on-one ({@code kind} solo) event types can
 * be created or updated, as in Calendly's API.
 */
public final class EventTypeChanges {

    private static final String DEFAULT_COLOR = "#0069ff";
    private static final int DEFAULT_DURATION = 30;

    /** Creates a one-on-one event type hosted by {@code hostUri}; call while holding the state lock. */
    public ObjectNode create(SandboxContext ctx, TokenGrant caller, String hostUri, EventTypeBody body) {
        ObjectNode host = ctx.store().findByUri(Kind.USER, hostUri).orElseThrow();
        String name = body.name().orElseThrow();
        Instant now = ctx.now();
        long owned = ctx.store().all(Kind.EVENT_TYPE).stream()
                .filter(e -> hostUri.equals(e.path("profile").path("owner").asText())).count();
        EventTypeSpec spec = new EventTypeSpec(name, uniqueSlug(ctx, hostUri, name, null),
                body.duration().orElse(DEFAULT_DURATION), "solo", null, body.active().orElse(false),
                body.color().orElse(DEFAULT_COLOR), name, "zoom_conference", (int) owned);
        ObjectNode eventType = new Resources(ctx.store()).eventType(ctx.store().newUuid(), spec, host, now);
        eventType.putNull("description_plain");
        eventType.putNull("description_html");
        eventType.putArray("locations");
        body.applyTo(eventType);
        publish(ctx, "event_type.created", now, caller.user(), eventType);
        return eventType;
    }

    /** Applies a PATCH to a one-on-one event type; call while holding the state lock. */
    public ObjectNode update(SandboxContext ctx, TokenGrant caller, ObjectNode eventType, EventTypeBody body) {
        if (!"solo".equals(eventType.path("kind").asText())) {
            throw new ApiException(400, "Invalid Argument",
                    "Only one-on-one event types can be updated through the API; this event type is of kind "
                            + eventType.path("kind").asText() + ".",
                    List.of(new ApiException.Detail("kind", "only one-on-one (solo) event types can be updated")),
                    List.of());
        }
        String hostUri = eventType.path("profile").path("owner").asText();
        body.applyTo(eventType);
        body.name().ifPresent(name -> {
            String slug = uniqueSlug(ctx, hostUri, name, eventType.path("uri").asText());
            eventType.put("slug", slug);
            ctx.store().findByUri(Kind.USER, hostUri).ifPresent(host ->
                    eventType.put("scheduling_url", host.path("scheduling_url").asText() + "/" + slug));
        });
        Instant now = ctx.now();
        eventType.put("updated_at", Json.time(now));
        publish(ctx, "event_type.updated", now, caller.user(), eventType);
        return eventType;
    }

    /**
     * Deletes an event type the way Calendly does: it keeps its URI and gains {@code deleted_at}, becomes inactive
     * and leaves every list. Raises {@code event_type.deleted}. Takes the state lock itself.
     *
     * @throws IllegalArgumentException when the sandbox has no such event type or it is already deleted
     */
    public ObjectNode delete(SandboxContext ctx, String eventTypeUri) {
        synchronized (ctx.lock()) {
            ObjectNode eventType = ctx.store().findByUri(Kind.EVENT_TYPE, eventTypeUri)
                    .filter(e -> e.path("deleted_at").isNull())
                    .orElseThrow(() -> new IllegalArgumentException("No live sandbox event type " + eventTypeUri));
            Instant now = ctx.now();
            eventType.put("deleted_at", Json.time(now));
            eventType.put("active", false);
            eventType.put("updated_at", Json.time(now));
            publish(ctx, "event_type.deleted", now, eventType.path("profile").path("owner").asText(), eventType);
            return eventType.deepCopy();
        }
    }

    /** Whether an event type has been deleted. */
    public static boolean isDeleted(ObjectNode eventType) {
        return !eventType.path("deleted_at").isNull() && !eventType.path("deleted_at").isMissingNode();
    }

    private static void publish(SandboxContext ctx, String name, Instant at, String createdBy, ObjectNode eventType) {
        String[] hosts = ctx.store().hostsOf(eventType).toArray(String[]::new);
        String organization = ctx.store().findByUri(Kind.USER, eventType.path("profile").path("owner").asText())
                .map(owner -> owner.path("current_organization").asText())
                .orElse(ctx.seeded().organization());
        ctx.events().publish(new CalendlyEvent(name, at, createdBy, eventType.deepCopy(),
                EventAudience.of(organization, hosts)));
    }

    private static String uniqueSlug(SandboxContext ctx, String hostUri, String name, String exceptUri) {
        String base = EventTypeBody.slugOf(name);
        List<String> taken = ctx.store().all(Kind.EVENT_TYPE).stream()
                .filter(e -> hostUri.equals(e.path("profile").path("owner").asText()))
                .filter(e -> !e.path("uri").asText().equals(exceptUri))
                .map(e -> e.path("slug").asText())
                .toList();
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
