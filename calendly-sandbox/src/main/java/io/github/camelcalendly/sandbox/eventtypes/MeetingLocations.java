package io.github.camelcalendly.sandbox.eventtypes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.StableIds;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * The meeting locations a user has set up, as {@code GET /locations} lists them: every location kind the user's live
 * event types offer (in the order first met), plus Google Meet, which every sandbox user has connected through the
 * Google calendar they signed up with. Conferencing kinds carry {@code connected} (true: the sandbox's users have
 * connected every tool their event types use); other kinds carry none. Each location has a URI that stays the same
 * for the same user and kind.
 */
public final class MeetingLocations {

    /** The conferencing tool every sandbox user has connected. */
    public static final String ALWAYS_CONNECTED = "google_conference";

    private record Presentation(String type, String displayName, boolean conferencing) {
    }

    private static final Map<String, Presentation> PRESENTATIONS = Map.of(
            "zoom_conference", new Presentation("zoom", "Zoom", true),
            "google_conference", new Presentation("google_meet", "Google Meet", true),
            "microsoft_teams_conference", new Presentation("microsoft_teams", "Microsoft Teams", true),
            "webex_conference", new Presentation("webex", "Webex", true),
            "gotomeeting_conference", new Presentation("gotomeeting", "GoTo Meeting", true),
            "physical", new Presentation("physical", "In-person meeting", false),
            "outbound_call", new Presentation("outbound_call", "Phone call (host calls)", false),
            "inbound_call", new Presentation("inbound_call", "Phone call (invitee calls)", false),
            "ask_invitee", new Presentation("ask_invitee", "Invitee's choice", false),
            "custom", new Presentation("custom", "Custom location", false));

    private final SandboxStore store;

    public MeetingLocations(SandboxStore store) {
        this.store = store;
    }

    /** The user's meeting locations. */
    public List<ObjectNode> of(String userUri) {
        Set<String> kinds = new LinkedHashSet<>();
        for (ObjectNode eventType : store.all(Kind.EVENT_TYPE)) {
            if (EventTypeChanges.isDeleted(eventType) || !store.hostsOf(eventType).contains(userUri)) {
                continue;
            }
            for (JsonNode location : eventType.path("locations")) {
                String kind = location.path("kind").asText("");
                if (PRESENTATIONS.containsKey(kind)) {
                    kinds.add(kind);
                }
            }
        }
        kinds.add(ALWAYS_CONNECTED);
        List<ObjectNode> locations = new ArrayList<>();
        for (String kind : kinds) {
            Presentation presentation = PRESENTATIONS.get(kind);
            ObjectNode location = Json.object();
            location.put("uri", store.baseUrl() + "/locations/" + StableIds.of(userUri + "|" + kind));
            location.put("kind", kind);
            location.put("type", presentation.type());
            location.put("display_name", presentation.displayName());
            if (presentation.conferencing()) {
                location.put("connected", true);
            }
            locations.add(location);
        }
        return locations;
    }

}
