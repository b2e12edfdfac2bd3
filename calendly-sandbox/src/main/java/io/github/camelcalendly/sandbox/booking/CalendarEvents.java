package io.github.camelcalendly.sandbox.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * A scheduled event's {@code calendar_event}: the entry Calendly wrote into the host's connected calendar,
 * {@code {"kind", "external_id"}}, or null when the (first) host has no connected calendar. The external id is made up
 * but stable (derived from the event's uuid) and looks like the provider's: 26 lowercase base32hex characters for
 * Google, an {@code AAMkA...} base64url item id for the others.
 */
final class CalendarEvents {

    private static final String BASE32_HEX = "0123456789abcdefghijklmnopqrstuv";

    private CalendarEvents() {
    }

    /** The calendar entry of the event {@code eventUuid} hosted by {@code hostUri}, or JSON null. */
    static JsonNode of(SandboxStore store, String hostUri, String eventUuid) {
        return store.calendarOf(hostUri)
                .<JsonNode>map(kind -> entry(kind, eventUuid))
                .orElse(NullNode.getInstance());
    }

    private static ObjectNode entry(String kind, String eventUuid) {
        ObjectNode calendarEvent = Json.object();
        calendarEvent.put("kind", kind);
        calendarEvent.put("external_id", externalId(kind, eventUuid));
        return calendarEvent;
    }

    static String externalId(String kind, String eventUuid) {
        byte[] digest = sha256(kind + ":" + eventUuid);
        if ("google".equals(kind)) {
            StringBuilder id = new StringBuilder(26);
            for (int i = 0; i < 26; i++) {
                id.append(BASE32_HEX.charAt((digest[i] & 0xff) % 32));
            }
            return id.toString();
        }
        return "AAMkA" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
