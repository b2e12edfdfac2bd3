package io.github.camelcalendly.sandbox.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;

/**
 * The emails Calendly sends for bookings, kept as {@link Kind#OUTGOING_COMMUNICATION} in Calendly's shape and filled
 * from the event bus: {@code invitee.created} sends a confirmation to the invitee and a notification to the host
 * ("Updated" instead of "Confirmed"/"New Event" when the booking replaces a rescheduled one); {@code invitee.canceled}
 * sends a cancellation to both, unless the invitee rescheduled (the new booking's mails say so). Reminders and text
 * messages are not modelled: the sandbox sends nothing later on its own.
 */
public final class OutgoingCommunications {

    /** The address Calendly's notifications come from. */
    public static final String FROM = "notifications@calendly.com";

    private final SandboxContext context;
    /** The store keys of the messages, which (as in Calendly) carry no URI of their own. */
    private final List<String> uuids = new ArrayList<>();

    /** Starts listening to {@code context}'s event bus at once. */
    public OutgoingCommunications(SandboxContext context) {
        this.context = context;
        context.events().subscribe(this::eventRaised);
    }

    void eventRaised(CalendlyEvent event) {
        ObjectNode invitee = event.payload();
        JsonNode scheduled = invitee.path("scheduled_event");
        JsonNode host = scheduled.path("event_memberships").path(0);
        if (host.isMissingNode()) {
            return;
        }
        String eventName = scheduled.path("name").asText();
        String hostName = host.path("user_name").asText();
        String inviteeName = invitee.path("name").asText();
        String start = scheduled.path("start_time").asText();
        synchronized (context.lock()) {
            if (event.name().equals("invitee.created")) {
                boolean rescheduled = invitee.hasNonNull("old_invitee");
                send(event, invitee.path("email").asText(),
                        (rescheduled ? "Updated: " : "Confirmed: ") + eventName + " with " + hostName + " on "
                                + start,
                        "Hi " + inviteeName + ", your " + eventName + " with " + hostName + " is scheduled for "
                                + start + ".");
                send(event, host.path("user_email").asText(),
                        (rescheduled ? "Updated: " : "New Event: ") + inviteeName + " - " + start + " - "
                                + eventName,
                        inviteeName + " booked " + eventName + " for " + start + ".");
            } else if (event.name().equals("invitee.canceled") && !invitee.path("rescheduled").asBoolean()) {
                send(event, invitee.path("email").asText(),
                        "Canceled: " + eventName + " with " + hostName + " on " + start,
                        "Hi " + inviteeName + ", your " + eventName + " with " + hostName + " on " + start
                                + " has been canceled.");
                send(event, host.path("user_email").asText(),
                        "Canceled: " + inviteeName + " - " + start + " - " + eventName,
                        inviteeName + "'s " + eventName + " on " + start + " has been canceled.");
            }
        }
    }

    private void send(CalendlyEvent event, String to, String subject, String body) {
        JsonNode scheduled = event.payload().path("scheduled_event");
        JsonNode host = scheduled.path("event_memberships").path(0);
        String eventType = scheduled.path("event_type").asText();
        Instant at = event.createdAt();
        ObjectNode message = Json.object();
        message.put("type", "email");
        message.put("to", to);
        message.put("from", FROM);
        message.put("subject", subject);
        message.put("body", body);
        message.put("sender_uri", host.path("user").asText());
        message.put("sender_email", host.path("user_email").asText());
        message.put("event_type_uri", eventType);
        message.put("event_uri", scheduled.path("uri").asText());
        message.put("sent_at", Json.time(at));
        message.put("created_at", Json.time(at));
        String schedulingUrl = context.store().findByUri(Kind.EVENT_TYPE, eventType)
                .map(type -> type.path("scheduling_url").asText(null)).orElse(null);
        if (schedulingUrl == null) {
            message.putNull("scheduling_url");
        } else {
            message.put("scheduling_url", schedulingUrl);
        }
        String uuid = context.store().newUuid();
        uuids.add(uuid);
        context.store().put(Kind.OUTGOING_COMMUNICATION, uuid, message);
    }

    /** Deletes every message {@code unwanted} accepts; returns how many. Callers hold the state lock. */
    public int delete(Predicate<ObjectNode> unwanted) {
        int deleted = 0;
        for (Iterator<String> it = uuids.iterator(); it.hasNext();) {
            String uuid = it.next();
            ObjectNode message = context.store().find(Kind.OUTGOING_COMMUNICATION, uuid).orElse(null);
            if (message != null && unwanted.test(message)) {
                context.store().remove(Kind.OUTGOING_COMMUNICATION, uuid);
                it.remove();
                deleted++;
            }
        }
        return deleted;
    }
}
