package io.github.camelcalendly.sandbox.eventtypes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * The writable fields of a one-on-one event type as {@code POST /event_types} and {@code PATCH /event_types/{uuid}}
 * take them: {@code name} (at most 55 characters), {@code active}, {@code description}, {@code duration}
 * (1..720 minutes), {@code duration_options} (at most 4), {@code color} ({@code #rrggbb} lowercase),
 * {@code locale} and {@code locations}. All fields are validated before any is applied, so a rejected request
 * changes nothing.
 */
public final class EventTypeBody {

    private static final Pattern COLOR = Pattern.compile("^#[0-9a-f]{6}$");
    private static final Set<String> LOCALES = Set.of("en", "fr", "es", "de", "nl", "pt", "it", "uk");

    private final Optional<String> name;
    private final Optional<Boolean> active;
    private final Optional<String> description;
    private final Optional<Integer> duration;
    private final Optional<ArrayNode> durationOptions;
    private final Optional<String> color;
    private final Optional<String> locale;
    private final Optional<ArrayNode> locations;

    /** Reads and validates the body; {@code creating} makes {@code name} required. */
    public EventTypeBody(BodyFields fields, boolean creating) {
        this.name = creating ? Optional.of(fields.requiredText("name")) : fields.text("name");
        name.ifPresent(value -> {
            if (value.isBlank()) {
                throw ApiException.invalidArgument("name", "must be filled");
            }
            if (value.length() > 55) {
                throw ApiException.invalidArgument("name", "must be at most 55 characters");
            }
        });
        this.active = fields.bool("active");
        this.description = fields.text("description");
        this.duration = fields.integer("duration", 1, 720);
        this.durationOptions = fields.array("duration_options").map(EventTypeBody::durationOptions);
        this.color = fields.text("color");
        color.ifPresent(value -> {
            if (!COLOR.matcher(value).matches()) {
                throw ApiException.invalidArgument("color", "must be a lowercase hex colour like #0069ff");
            }
        });
        this.locale = fields.text("locale");
        locale.ifPresent(value -> {
            if (!LOCALES.contains(value)) {
                throw ApiException.invalidArgument("locale", "must be one of en, fr, es, de, nl, pt, it, uk");
            }
        });
        this.locations = fields.array("locations").map(array -> Locations.validated("locations", array));
    }

    public Optional<String> name() {
        return name;
    }

    public Optional<Boolean> active() {
        return active;
    }

    public Optional<Integer> duration() {
        return duration;
    }

    public Optional<String> color() {
        return color;
    }

    /** Writes every given field onto the event type (slug and scheduling URL are the caller's business). */
    public void applyTo(ObjectNode eventType) {
        name.ifPresent(value -> eventType.put("name", value));
        active.ifPresent(value -> eventType.put("active", value));
        description.ifPresent(value -> {
            eventType.put("description_plain", value);
            eventType.put("description_html", "<p>" + escapeHtml(value) + "</p>");
        });
        duration.ifPresent(value -> eventType.put("duration", value));
        durationOptions.ifPresent(value -> eventType.set("duration_options", value));
        color.ifPresent(value -> eventType.put("color", value));
        locale.ifPresent(value -> eventType.put("locale", value));
        locations.ifPresent(value -> eventType.set("locations", value));
    }

    /** The URL-friendly slug Calendly derives from a name. */
    public static String slugOf(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "event" : slug;
    }

    private static ArrayNode durationOptions(ArrayNode options) {
        if (options.size() > 4) {
            throw ApiException.invalidArgument("duration_options", "must have at most 4 entries");
        }
        ArrayNode copy = Json.array();
        for (JsonNode option : options) {
            if (!option.isIntegralNumber() || option.intValue() < 1 || option.intValue() > 720) {
                throw ApiException.invalidArgument("duration_options", "entries must be minutes between 1 and 720");
            }
            copy.add(option.intValue());
        }
        return copy;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
