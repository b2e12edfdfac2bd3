package io.github.camelcalendly.sandbox.recaps;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.booking.ScheduledEventFactory;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Gives a fresh sandbox the recaps its history implies: every seeded meeting that was held (active and ended before
 * now) has a recap, finished a quarter of an hour after the meeting ended. No webhook events are raised for them.
 */
public final class SeedMeetingRecaps {

    private static final Duration PROCESSING = Duration.ofMinutes(15);

    private SeedMeetingRecaps() {
    }

    public static void populate(SandboxStore store, Instant now) {
        MeetingRecapFactory recaps = new MeetingRecapFactory(store);
        for (ObjectNode event : store.all(Kind.SCHEDULED_EVENT)) {
            Instant end = ScheduledEventFactory.end(event);
            if (ScheduledEventFactory.active(event) && end.plus(PROCESSING).isBefore(now)) {
                String uri = event.path("uri").asText();
                List<ObjectNode> invitees = store.all(Kind.INVITEE).stream()
                        .filter(invitee -> uri.equals(invitee.path("event").asText())).toList();
                recaps.record(event, invitees, end.plus(PROCESSING));
            }
        }
    }
}
