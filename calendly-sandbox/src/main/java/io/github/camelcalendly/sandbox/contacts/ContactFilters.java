package io.github.camelcalendly.sandbox.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.http.ApiRequest;

/**
 * The filters of {@code GET /contacts}: each takes a comma-separated list and keeps contacts matching any of its
 * values. {@code email} and {@code phone_number} match any of the contact's addresses or numbers, {@code name}
 * matches part of the name, the others the whole value; all ignore case.
 */
final class ContactFilters {

    /** The filters matched on the whole value; each is named after the contact field it filters. */
    private static final List<String> WHOLE_VALUE = List.of("company", "job_title", "country", "state", "city",
            "timezone");

    private ContactFilters() {
    }

    static Predicate<JsonNode> from(ApiRequest request) {
        List<Predicate<JsonNode>> filters = new ArrayList<>();
        values(request, "email").ifPresent(wanted -> filters.add(contact -> anyOf(contact, "emails", "email", wanted)));
        values(request, "phone_number").ifPresent(wanted -> filters.add(contact -> anyOf(contact, "phone_numbers",
                "phone_number", wanted)));
        values(request, "name").ifPresent(wanted -> filters.add(contact -> wanted.stream()
                .anyMatch(part -> lower(contact.path("name").asText()).contains(part))));
        WHOLE_VALUE.forEach(field -> values(request, field).ifPresent(wanted -> filters.add(contact ->
                wanted.contains(lower(contact.path(field).asText())))));
        return contact -> filters.stream().allMatch(filter -> filter.test(contact));
    }

    /** Whether a contact matches a View's saved filters (field to value, ignoring case). */
    static boolean matchesView(JsonNode contact, Map<String, String> filters) {
        return filters.entrySet().stream()
                .allMatch(filter -> lower(contact.path(filter.getKey()).asText()).equals(lower(filter.getValue())));
    }

    private static boolean anyOf(JsonNode contact, String array, String field, List<String> wanted) {
        return StreamSupport.stream(contact.path(array).spliterator(), false)
                .anyMatch(item -> wanted.contains(lower(item.path(field).asText())));
    }

    private static Optional<List<String>> values(ApiRequest request, String param) {
        return request.query(param).map(text -> Arrays.stream(text.split(","))
                .map(String::trim).filter(value -> !value.isEmpty()).map(ContactFilters::lower).toList());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
