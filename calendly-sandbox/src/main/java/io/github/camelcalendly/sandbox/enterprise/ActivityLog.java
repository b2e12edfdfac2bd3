package io.github.camelcalendly.sandbox.enterprise;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/**
 * The organization's activity log, filled by what happens in the sandbox. Every event raised on the
 * {@linkplain SandboxContext#events() event bus} becomes an entry named after it ({@code invitee.created} is
 * {@code Invitee.Created}, {@code invitee_no_show.deleted} is {@code Invitee_No_Show.Deleted}); management actions
 * that raise no webhook are recorded by their handlers through the named methods below ({@code User.Remove},
 * {@code User.Invite}, {@code User.Revoke_Invitation}, {@code API.Webhook_Created}, {@code API.Webhook_Deleted},
 * {@code Compliance.Data_Deletion_Completed}). Entries are kept as {@link Kind#ACTIVITY_LOG_ENTRY} in Calendly's
 * shape. Callers hold the state lock (the bus publishes under it).
 */
public final class ActivityLog {

    private final SandboxContext context;
    private final Actors actors;

    /** A log that starts listening to {@code context}'s event bus at once. */
    public ActivityLog(SandboxContext context) {
        this.context = context;
        this.actors = new Actors(context.store());
        context.events().subscribe(this::eventRaised);
    }

    /** Records the entry for a webhook event: namespace and action from its name, the actor from its payload. */
    void eventRaised(CalendlyEvent event) {
        synchronized (context.lock()) {
            int dot = event.name().indexOf('.');
            String namespace = titleCase(dot < 0 ? event.name() : event.name().substring(0, dot));
            String action = dot < 0 ? "Occurred" : titleCase(event.name().substring(dot + 1));
            String organization = event.audience().organization();
            ObjectNode details = Json.object();
            details.put("webhook_event", event.name());
            copyText(event.payload(), "uri", details, "resource");
            copyText(event.payload().path("scheduled_event"), "uri", details, "scheduled_event");
            if (event.name().startsWith("event_type.")) {
                copyText(event.payload(), "name", details, "name");
            }
            add(event.createdAt(), namespace, action, actorOf(event, organization), details, organization);
        }
    }

    /** An owner or admin removed a user from the organization. */
    public void memberRemoved(String actorUri, ObjectNode membership) {
        ObjectNode details = Json.object();
        details.put("user", membership.path("user").path("uri").asText());
        details.put("name", membership.path("user").path("name").asText());
        details.put("email", membership.path("user").path("email").asText());
        details.put("role", membership.path("role").asText());
        String organization = membership.path("organization").asText();
        add(context.now(), "User", "Remove", actors.user(actorUri, organization), details, organization);
    }

    /** An owner or admin invited someone to the organization. */
    public void invitationSent(String actorUri, ObjectNode invitation) {
        invitationEntry("Invite", actorUri, invitation);
    }

    /** An owner or admin revoked a pending invitation. */
    public void invitationRevoked(String actorUri, ObjectNode invitation) {
        invitationEntry("Revoke_Invitation", actorUri, invitation);
    }

    /** A webhook subscription was created through the API. */
    public void webhookCreated(String actorUri, ObjectNode subscription) {
        webhookEntry("Webhook_Created", actorUri, subscription);
    }

    /** A webhook subscription was deleted through the API. */
    public void webhookDeleted(String actorUri, ObjectNode subscription) {
        webhookEntry("Webhook_Deleted", actorUri, subscription);
    }

    /**
     * A data deletion finished (the sandbox deletes at once). {@code details} says what was deleted; the entry adds
     * who asked ({@code requested_by}, {@code uri}) and is by Calendly's system actor, as Calendly logs it.
     */
    public void dataDeletionCompleted(String requesterUri, String organization, ObjectNode details) {
        details.put("requested_by", context.store().findByUri(Kind.USER, requesterUri)
                .map(user -> user.path("name").asText()).orElse(requesterUri));
        details.put("uri", requesterUri);
        add(context.now(), "Compliance", "Data_Deletion_Completed", Actors.system(), details, organization);
    }

    /**
     * Forgets who an invitee was in entries they acted in, after their data was deleted: the actor keeps its type
     * and loses name and email.
     */
    public void redactInvitee(String email) {
        for (ObjectNode entry : context.store().all(Kind.ACTIVITY_LOG_ENTRY)) {
            JsonNode actor = entry.path("actor");
            if ("Invitee".equals(actor.path("type").asText())
                    && email.equalsIgnoreCase(actor.path("alternative_identifier").asText())) {
                ObjectNode redacted = (ObjectNode) actor;
                redacted.put("display_name", "Deleted invitee");
                redacted.remove("alternative_identifier");
            }
        }
    }

    private void invitationEntry(String action, String actorUri, ObjectNode invitation) {
        ObjectNode details = Json.object();
        details.put("invitation", invitation.path("uri").asText());
        details.put("email", invitation.path("email").asText());
        String organization = invitation.path("organization").asText();
        add(context.now(), "User", action, actors.user(actorUri, organization), details, organization);
    }

    private void webhookEntry(String action, String actorUri, ObjectNode subscription) {
        ObjectNode details = Json.object();
        details.put("webhook_subscription", subscription.path("uri").asText());
        details.put("callback_url", subscription.path("callback_url").asText());
        details.put("scope", subscription.path("scope").asText());
        details.set("events", subscription.path("events").deepCopy());
        String organization = subscription.path("organization").asText();
        add(context.now(), "API", action, actors.user(actorUri, organization), details, organization);
    }

    private ObjectNode actorOf(CalendlyEvent event, String organization) {
        ObjectNode payload = event.payload();
        if (event.name().equals("invitee.created")) {
            return Actors.invitee(payload.path("name").asText(), payload.path("email").asText());
        }
        if (event.name().equals("invitee.canceled")) {
            JsonNode cancellation = payload.path("cancellation");
            if (!"host".equals(cancellation.path("canceler_type").asText())) {
                return Actors.invitee(payload.path("name").asText(), payload.path("email").asText());
            }
            String cancelerName = cancellation.path("canceled_by").asText();
            return context.store().all(Kind.USER).stream()
                    .filter(user -> cancelerName.equals(user.path("name").asText()))
                    .findFirst()
                    .map(user -> actors.user(user.path("uri").asText(), organization))
                    .orElseGet(() -> userOrSystem(event.createdBy(), organization));
        }
        return userOrSystem(event.createdBy(), organization);
    }

    private ObjectNode userOrSystem(String userUri, String organization) {
        return userUri == null ? Actors.system() : actors.user(userUri, organization);
    }

    private void add(Instant at, String namespace, String action, ObjectNode actor, ObjectNode details,
            String organization) {
        String uuid = context.store().newUuid();
        ObjectNode entry = Json.object();
        entry.put("uri", context.store().uri(Kind.ACTIVITY_LOG_ENTRY, uuid));
        entry.put("occurred_at", Json.time(at));
        entry.put("namespace", namespace);
        entry.put("action", action);
        entry.put("fully_qualified_name", namespace + "." + action);
        entry.set("actor", actor);
        entry.set("details", details);
        entry.put("organization", organization);
        context.store().put(Kind.ACTIVITY_LOG_ENTRY, uuid, entry);
    }

    private static void copyText(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode value = from.path(field);
        if (value.isTextual()) {
            to.put(as, value.asText());
        }
    }

    /** {@code invitee_no_show} → {@code Invitee_No_Show}. */
    static String titleCase(String snake) {
        StringBuilder out = new StringBuilder();
        for (String word : snake.split("_")) {
            if (!out.isEmpty()) {
                out.append('_');
            }
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
