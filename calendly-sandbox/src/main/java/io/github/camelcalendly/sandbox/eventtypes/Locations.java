package io.github.camelcalendly.sandbox.eventtypes;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * Validates Calendly location configurations ({@code kind} plus kind-specific {@code location},
 * {@code phone_number}, {@code additional_info}, {@code position}) as event types and shares accept them.
 */
public final class Locations {

    /** The location kinds Calendly accepts in a location configuration. */
    public static final Set<String> KINDS = Set.of("physical", "ask_invitee", "custom", "outbound_call",
            "inbound_call", "google_conference", "gotomeeting_conference", "microsoft_teams_conference",
            "webex_conference", "zoom_conference");

    private static final Set<String> FIELDS = Set.of("kind", "location", "additional_info", "phone_number",
            "position");

    private Locations() {
    }

    /** A validated copy of {@code locations}; 400 naming {@code parameter} when an entry is malformed. */
    public static ArrayNode validated(String parameter, ArrayNode locations) {
        ArrayNode copy = Json.array();
        for (JsonNode entry : locations) {
            if (!(entry instanceof ObjectNode location)) {
                throw ApiException.invalidArgument(parameter, "each location must be an object");
            }
            String kind = location.path("kind").asText("");
            if (!KINDS.contains(kind)) {
                throw ApiException.invalidArgument(parameter, "kind must be one of " + String.join(", ",
                        KINDS.stream().sorted().toList()));
            }
            if ("inbound_call".equals(kind) && location.path("phone_number").asText("").isBlank()) {
                throw ApiException.invalidArgument(parameter, "phone_number is required when kind is inbound_call");
            }
            for (String field : new String[] {"location", "additional_info"}) {
                if (location.path(field).asText("").length() > 255) {
                    throw ApiException.invalidArgument(parameter, field + " must be at most 255 characters");
                }
            }
            ObjectNode kept = copy.addObject();
            location.fields().forEachRemaining(field -> {
                if (FIELDS.contains(field.getKey())) {
                    kept.set(field.getKey(), field.getValue().deepCopy());
                }
            });
        }
        return copy;
    }
}
