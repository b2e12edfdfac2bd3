package io.github.camelcalendly.sandbox.recaps;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;

/**
 * The payloads of Calendly's {@code meeting_recap.*} webhook events, built from a recap as the API answers it:
 * {@code created} and {@code updated} carry the meeting ({@code event}: uri, name, times, location, attendees) and
 * the recap's content ({@code recap}: uri, the Markdown, transcript URI, share link, times); {@code deleted} is a
 * tombstone with only {@code recap.uri} and {@code recap.deleted_at}.
 */
public final class MeetingRecapPayloads {

    private MeetingRecapPayloads() {
    }

    /** {@code meeting_recap.created}: the finished recap, with when it was finished. */
    public static ObjectNode created(ObjectNode recap) {
        ObjectNode payload = Json.object();
        payload.put("created_at", recap.path("created_at").asText());
        payload.set("event", meeting(recap));
        payload.set("recap", content(recap));
        return payload;
    }

    /** {@code meeting_recap.updated}: the recap after the change. */
    public static ObjectNode updated(ObjectNode recap) {
        ObjectNode payload = Json.object();
        payload.set("event", meeting(recap));
        payload.set("recap", content(recap));
        return payload;
    }

    /** {@code meeting_recap.deleted}: which recap is gone and when. */
    public static ObjectNode deleted(String recapUri, Instant deletedAt) {
        ObjectNode payload = Json.object();
        payload.putObject("recap").put("uri", recapUri).put("deleted_at", Json.time(deletedAt));
        return payload;
    }

    private static ObjectNode meeting(ObjectNode recap) {
        ObjectNode event = Json.object();
        if (recap.hasNonNull("event")) {
            event.put("uri", recap.path("event").asText());
        }
        event.put("name", recap.path("name").asText());
        event.put("start_time", recap.path("start_time").asText());
        event.put("end_time", recap.path("end_time").asText());
        if (recap.hasNonNull("location")) {
            event.set("location", recap.get("location").deepCopy());
        }
        event.set("attendees", recap.path("attendees").deepCopy());
        return event;
    }

    private static ObjectNode content(ObjectNode recap) {
        ObjectNode content = Json.object();
        for (String field : new String[] {"uri", "summary_md", "action_items_md", "discussion_md", "transcript",
                "share_link", "created_at", "updated_at"}) {
            content.set(field, recap.get(field).deepCopy());
        }
        return content;
    }
}
