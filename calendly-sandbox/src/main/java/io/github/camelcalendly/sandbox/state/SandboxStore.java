package io.github.camelcalendly.sandbox.state;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * The sandbox's in-memory Calendly: every resource as the JSON object Calendly returns, by kind and uuid, in
 * creation order. Not thread-safe on its own: callers hold {@link io.github.camelcalendly.sandbox.SandboxContext#lock()}.
 */
public final class SandboxStore {

    private static final char[] ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final String baseUrl;
    private final Random ids;
    private final Map<Kind, Map<String, ObjectNode>> resources = new EnumMap<>(Kind.class);
    private final Map<String, List<String>> eventTypeHosts = new LinkedHashMap<>();
    private final Map<String, ObjectNode> eventTypeAvailability = new LinkedHashMap<>();
    private final Map<String, String> connectedCalendars = new LinkedHashMap<>();

    public SandboxStore(String baseUrl, long idSeed) {
        this.baseUrl = baseUrl;
        this.ids = new Random(idSeed);
        for (Kind kind : Kind.values()) {
            resources.put(kind, new LinkedHashMap<>());
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A new 16-letter id in Calendly's style; repeatable for the same seed. */
    public String newUuid() {
        char[] chars = new char[16];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ID_ALPHABET[ids.nextInt(ID_ALPHABET.length)];
        }
        return new String(chars);
    }

    /** {@code <baseUrl>/<collection>/<uuid>}. */
    public String uri(Kind kind, String uuid) {
        return baseUrl + "/" + kind.collectionPath() + "/" + uuid;
    }

    public ObjectNode put(Kind kind, String uuid, ObjectNode resource) {
        resources.get(kind).put(uuid, resource);
        return resource;
    }

    public Optional<ObjectNode> find(Kind kind, String uuid) {
        return Optional.ofNullable(resources.get(kind).get(uuid));
    }

    /** The resource, or Calendly's 404. */
    public ObjectNode require(Kind kind, String uuid) {
        return find(kind, uuid).orElseThrow(ApiException::notFound);
    }

    /** The resource a full URI names, whatever its collection path, if the sandbox has it. */
    public Optional<ObjectNode> findByUri(Kind kind, String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        return find(kind, lastSegment(uri)).filter(resource -> uri.equals(resource.path("uri").asText()));
    }

    public List<ObjectNode> all(Kind kind) {
        return new ArrayList<>(resources.get(kind).values());
    }

    public Optional<ObjectNode> remove(Kind kind, String uuid) {
        return Optional.ofNullable(resources.get(kind).remove(uuid));
    }

    /** Records the users who host an event type (one for a one-on-one type, several for a pooled one). */
    public void setHosts(String eventTypeUri, List<String> userUris) {
        eventTypeHosts.put(eventTypeUri, List.copyOf(userUris));
    }

    /** The users who host an event type: those recorded, else the owner named in its profile. */
    public List<String> hostsOf(ObjectNode eventType) {
        List<String> hosts = eventTypeHosts.get(eventType.path("uri").asText());
        return hosts != null ? hosts : List.of(eventType.path("profile").path("owner").asText());
    }

    /**
     * Records the availability an event type follows instead of its hosts' default schedules: an object with
     * {@code availability_setting} and an {@code availability_rule} ({@code timezone} and {@code rules} as in an
     * availability schedule).
     */
    public void setEventTypeAvailability(String eventTypeUri, ObjectNode availability) {
        eventTypeAvailability.put(eventTypeUri, availability);
    }

    /** The availability recorded for an event type, if it has its own. */
    public Optional<ObjectNode> eventTypeAvailability(String eventTypeUri) {
        return Optional.ofNullable(eventTypeAvailability.get(eventTypeUri));
    }

    /**
     * Records that {@code userUri} connected a calendar of {@code kind} (one of Calendly's calendar kinds:
     * {@code google}, {@code outlook}, {@code exchange}, {@code icloud}, {@code outlook_desktop}); the meetings the
     * user hosts from then on are written into it.
     */
    public void connectCalendar(String userUri, String kind) {
        connectedCalendars.put(userUri, kind);
    }

    /** The kind of calendar {@code userUri} connected, if any. */
    public Optional<String> calendarOf(String userUri) {
        return Optional.ofNullable(connectedCalendars.get(userUri));
    }

    /** The uuid at the end of a resource URI (or the text itself when it is a bare uuid). */
    public static String lastSegment(String uriOrUuid) {
        String trimmed = uriOrUuid.endsWith("/") ? uriOrUuid.substring(0, uriOrUuid.length() - 1) : uriOrUuid;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
