package io.github.camelcalendly.sandbox.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * The filters and order of {@code GET /activity_log_entries}: {@code search_term}, {@code actor} (user URIs),
 * {@code namespace}, {@code action} (each a list: comma-separated, as Calendly reads OpenAPI form lists, or the
 * parameter repeated), {@code min_occurred_at} (inclusive), {@code max_occurred_at} (exclusive) and {@code sort}
 * (a list of {@code field:direction}, default {@code occurred_at:desc}; entries that tie are newest first, or
 * oldest first when the sort includes {@code occurred_at:asc}).
 */
public final class ActivityLogQuery {

    private static final Map<String, Function<JsonNode, String>> SORT_FIELDS = Map.of(
            "action", entry -> entry.path("action").asText(),
            "actor.display_name", entry -> entry.path("actor").path("display_name").asText(),
            "actor.uri", entry -> entry.path("actor").path("uri").asText(),
            "namespace", entry -> entry.path("namespace").asText(),
            "occurred_at", entry -> entry.path("occurred_at").asText());

    private final Optional<SearchTerm> search;
    private final List<String> actors;
    private final List<String> namespaces;
    private final List<String> actions;
    private final Optional<Instant> minOccurredAt;
    private final Optional<Instant> maxOccurredAt;
    private final Comparator<JsonNode> order;
    private final boolean oldestFirst;

    private ActivityLogQuery(Optional<SearchTerm> search, List<String> actors, List<String> namespaces,
            List<String> actions, Optional<Instant> minOccurredAt, Optional<Instant> maxOccurredAt,
            Comparator<JsonNode> order, boolean oldestFirst) {
        this.search = search;
        this.actors = actors;
        this.namespaces = namespaces;
        this.actions = actions;
        this.minOccurredAt = minOccurredAt;
        this.maxOccurredAt = maxOccurredAt;
        this.order = order;
        this.oldestFirst = oldestFirst;
    }

    /** Reads the query of {@code request}: 400 naming the parameter that is malformed. */
    public static ActivityLogQuery of(ApiRequest request, OrganizationRoles roles) {
        Optional<String> searchText = request.query("search_term");
        searchText.ifPresent(text -> {
            if (text.length() > SearchTerm.MAX_LENGTH) {
                throw ApiException.invalidArgument("search_term",
                        "must be at most " + SearchTerm.MAX_LENGTH + " characters");
            }
        });
        List<String> actors = list(request, "actor").stream()
                .map(uri -> roles.requireUriOf(Kind.USER, "actor", uri)).toList();
        Optional<Instant> min = request.queryTime("min_occurred_at");
        Optional<Instant> max = request.queryTime("max_occurred_at");
        if (min.isPresent() && max.isPresent() && min.get().isAfter(max.get())) {
            throw ApiException.invalidArgument("min_occurred_at", "must not be after max_occurred_at");
        }
        List<String> sort = list(request, "sort");
        return new ActivityLogQuery(searchText.map(SearchTerm::parse), actors, list(request, "namespace"),
                list(request, "action"), min, max, order(sort), sort.contains("occurred_at:asc"));
    }

    /** The entries of {@code organization} that match, in the requested order. */
    public List<ObjectNode> apply(List<ObjectNode> entries, String organization) {
        List<ObjectNode> matching = entries.stream()
                .filter(entry -> organization.equals(entry.path("organization").asText()))
                .filter(entry -> actors.isEmpty() || actors.contains(entry.path("actor").path("uri").asText()))
                .filter(entry -> namespaces.isEmpty() || namespaces.contains(entry.path("namespace").asText()))
                .filter(entry -> actions.isEmpty() || actions.contains(entry.path("action").asText()))
                .filter(entry -> minOccurredAt.map(min -> !occurredAt(entry).isBefore(min)).orElse(true))
                .filter(entry -> maxOccurredAt.map(max -> occurredAt(entry).isBefore(max)).orElse(true))
                .filter(entry -> search.map(term -> term.matches(searchableText(entry))).orElse(true))
                .toList();
        // entries recorded at the same instant keep the order they were recorded in, in the direction of time
        Map<JsonNode, Integer> recorded = new IdentityHashMap<>();
        for (int i = 0; i < matching.size(); i++) {
            recorded.put(matching.get(i), i);
        }
        Comparator<JsonNode> byRecording = Comparator.comparing(recorded::get);
        List<ObjectNode> sorted = new ArrayList<>(matching);
        sorted.sort(order.thenComparing(oldestFirst ? byRecording : byRecording.reversed()));
        return sorted;
    }

    private static Comparator<JsonNode> order(List<String> sort) {
        List<String> keys = sort.isEmpty() ? List.of("occurred_at:desc") : sort;
        Comparator<JsonNode> order = null;
        for (String key : keys) {
            int colon = key.lastIndexOf(':');
            String field = colon < 0 ? key : key.substring(0, colon);
            String direction = colon < 0 ? "" : key.substring(colon + 1);
            Function<JsonNode, String> value = SORT_FIELDS.get(field);
            if (value == null || !(direction.equals("asc") || direction.equals("desc"))) {
                throw ApiException.invalidArgument("sort", "must be a list of field:direction with field one of "
                        + String.join(", ", SORT_FIELDS.keySet().stream().sorted().toList())
                        + " and direction asc or desc");
            }
            Comparator<JsonNode> one = Comparator.comparing(value);
            if (direction.equals("desc")) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }

    /** The values of a list parameter: every repetition, each split at commas. */
    private static List<String> list(ApiRequest request, String name) {
        List<String> values = request.query().getOrDefault(name, List.of());
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static Instant occurredAt(JsonNode entry) {
        return Json.parseTimeOrNull(entry.path("occurred_at").asText());
    }

    /** What {@code search_term} looks at: names, the actor, and every text value in the details. */
    private static String searchableText(JsonNode entry) {
        StringBuilder text = new StringBuilder();
        text.append(entry.path("fully_qualified_name").asText()).append(' ')
                .append(entry.path("namespace").asText()).append(' ')
                .append(entry.path("action").asText()).append(' ')
                .append(entry.path("actor").path("display_name").asText()).append(' ')
                .append(entry.path("actor").path("alternative_identifier").asText()).append(' ');
        appendValues(entry.path("details"), text);
        return text.toString();
    }

    private static void appendValues(JsonNode node, StringBuilder text) {
        if (node.isValueNode()) {
            text.append(node.asText()).append(' ');
            return;
        }
        node.forEach(child -> appendValues(child, text));
    }
}
