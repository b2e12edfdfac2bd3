package io.github.camelcalendly.sandbox.recaps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.booking.Bookings;
import io.github.camelcalendly.sandbox.booking.ScheduledEventFactory;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.EventAudience;

/**
 * Calendly Notetaker's meeting recaps and their rules. A recap belongs to the host(s) of the meeting it recorded:
 * only they see it (a recap of someone else's meeting is 404, as for one that does not exist, whatever the caller's
 * role), and its {@code meeting_recap.*} events go to user-scoped subscriptions of those hosts only. Notetaker is
 * for paid plans: on the free plan every recap endpoint is 403. Callers hold the state lock.
 */
public final class MeetingRecaps {

    /** The fields {@code PATCH /meeting_recaps/{uuid}} may change. */
    public static final List<String> EDITABLE = List.of("summary_md", "action_items_md", "discussion_md");

    private final SandboxContext context;

    public MeetingRecaps(SandboxContext context) {
        this.context = context;
    }

    /** Calendly's plan refusal, for the free plan. */
    public void requirePaidPlan() {
        if (!context.options().plan().isPaid()) {
            throw ApiException.permissionDenied("Please upgrade your Calendly account to Standard");
        }
    }

    /**
     * The Notetaker finishes recording {@code scheduledEventUri}: its recap (and transcript) are created and
     * {@code meeting_recap.created} is raised.
     *
     * @throws IllegalArgumentException when there is no such scheduled event
     * @throws IllegalStateException    on the free plan, or when the meeting was canceled, has not ended yet or
     *                                  already has a recap
     */
    public ObjectNode record(String scheduledEventUri) {
        if (!context.options().plan().isPaid()) {
            throw new IllegalStateException("Notetaker recaps need a paid plan; the sandbox runs the free plan");
        }
        ObjectNode event = context.store().findByUri(Kind.SCHEDULED_EVENT, scheduledEventUri)
                .orElseThrow(() -> new IllegalArgumentException("No scheduled event " + scheduledEventUri));
        if (!ScheduledEventFactory.active(event)) {
            throw new IllegalStateException("The meeting " + scheduledEventUri + " was canceled");
        }
        Instant now = context.now();
        if (ScheduledEventFactory.end(event).isAfter(now)) {
            throw new IllegalStateException("The meeting " + scheduledEventUri + " ends at "
                    + event.path("end_time").asText() + ", after the sandbox's now " + Json.time(now));
        }
        boolean recorded = context.store().all(Kind.MEETING_RECAP).stream()
                .anyMatch(recap -> scheduledEventUri.equals(recap.path("event").asText()));
        if (recorded) {
            throw new IllegalStateException("The meeting " + scheduledEventUri + " already has a recap");
        }
        ObjectNode recap = new MeetingRecapFactory(context.store())
                .record(event, new Bookings(context).inviteesOf(event), now);
        List<String> owners = owners(recap);
        publish("meeting_recap.created", owners.get(0), MeetingRecapPayloads.created(recap), owners, now);
        return recap;
    }

    /** The recaps {@code userUri} owns, in creation order. */
    public List<ObjectNode> ownedBy(String userUri) {
        return context.store().all(Kind.MEETING_RECAP).stream()
                .filter(recap -> owners(recap).contains(userUri)).toList();
    }

    /** The recap, or 404 when it does not exist or belongs to someone else. */
    public ObjectNode require(String userUri, String uuid) {
        ObjectNode recap = context.store().require(Kind.MEETING_RECAP, uuid);
        if (!owners(recap).contains(userUri)) {
            throw ApiException.notFound();
        }
        return recap;
    }

    /**
     * Sets the given Markdown fields (a null value clears one) and raises {@code meeting_recap.updated} when
     * something changed. {@code changes} holds only {@link #EDITABLE} fields, each a string or null.
     */
    public ObjectNode update(String userUri, String uuid, Map<String, JsonNode> changes) {
        ObjectNode recap = require(userUri, uuid);
        boolean changed = false;
        for (Map.Entry<String, JsonNode> change : changes.entrySet()) {
            if (!change.getValue().equals(recap.get(change.getKey()))) {
                recap.set(change.getKey(), change.getValue().deepCopy());
                changed = true;
            }
        }
        if (changed) {
            Instant now = context.now();
            recap.put("updated_at", Json.time(now));
            publish("meeting_recap.updated", userUri, MeetingRecapPayloads.updated(recap), owners(recap), now);
        }
        return recap;
    }

    /** Deletes the recap (and its transcript) and raises the {@code meeting_recap.deleted} tombstone. */
    public void delete(String userUri, String uuid) {
        ObjectNode recap = require(userUri, uuid);
        List<String> owners = owners(recap);
        context.store().remove(Kind.MEETING_RECAP, uuid);
        Instant now = context.now();
        publish("meeting_recap.deleted", userUri, MeetingRecapPayloads.deleted(recap.path("uri").asText(), now),
                owners, now);
    }

    /** The hosts of the recorded meeting: whose Notetaker recorded it. */
    private List<String> owners(ObjectNode recap) {
        List<String> owners = new ArrayList<>();
        context.store().findByUri(Kind.SCHEDULED_EVENT, recap.path("event").asText()).ifPresent(event -> {
            for (JsonNode membership : event.path("event_memberships")) {
                owners.add(membership.path("user").asText());
            }
        });
        return owners;
    }

    private void publish(String name, String createdBy, ObjectNode payload, List<String> owners, Instant at) {
        context.events().publish(new CalendlyEvent(name, at, createdBy, payload,
                EventAudience.of(context.seeded().organization(), owners.toArray(String[]::new))));
    }
}
