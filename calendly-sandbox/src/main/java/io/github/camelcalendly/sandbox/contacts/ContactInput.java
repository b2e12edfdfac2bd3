package io.github.camelcalendly.sandbox.contacts;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * The fields a client writes on a contact ({@code POST /contacts} and {@code PATCH /contacts/{uuid}}), checked and
 * copied onto the stored contact. {@code emails} and {@code phone_numbers} replace the whole array; custom field
 * values merge by definition. Unknown keys are rejected.
 */
final class ContactInput {

    static final Set<String> FIELDS = Set.of("name", "emails", "phone_numbers", "timezone", "job_title", "company",
            "country", "state", "city", "linkedin", "custom_fields");
    private static final Set<String> PLAIN_TEXT = Set.of("job_title", "company", "state", "city");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    private static final int MAX_ITEMS = 10;
    private static final int MAX_TEXT = 255;

    private final SandboxStore store;

    ContactInput(SandboxStore store) {
        this.store = store;
    }

    /** Checks a create body; {@code name} and {@code emails} are required. */
    BodyReader forCreate(ObjectNode body) {
        BodyReader reader = new BodyReader(body, FIELDS);
        reader.requiredText("name", MAX_TEXT);
        if (!reader.has("emails")) {
            throw ApiException.invalidArgument("emails", "is required");
        }
        return reader;
    }

    /** Checks an update body: at least one field. */
    BodyReader forUpdate(ObjectNode body) {
        BodyReader reader = new BodyReader(body, FIELDS);
        if (body.isEmpty()) {
            throw ApiException.invalidArgument("body", "give at least one field to change");
        }
        return reader;
    }

    /** Copies every field the body has onto {@code contact}, and the custom field values into {@code values}. */
    void apply(BodyReader body, ObjectNode contact, Map<String, JsonNode> values) {
        if (body.has("name")) {
            contact.put("name", body.requiredText("name", MAX_TEXT));
        }
        body.array("emails", MAX_ITEMS).ifPresent(emails -> contact.set("emails", emails(emails)));
        body.array("phone_numbers", MAX_ITEMS).ifPresent(phones -> contact.set("phone_numbers", phones(phones)));
        for (String field : PLAIN_TEXT) {
            if (body.has(field)) {
                putNullable(contact, field, nullableText(body, field));
            }
        }
        if (body.has("timezone")) {
            String zone = nullableText(body, "timezone");
            if (zone != null) {
                try {
                    ZoneId.of(zone);
                } catch (DateTimeException e) {
                    throw ApiException.invalidArgument("timezone", "must be an IANA time zone name");
                }
            }
            putNullable(contact, "timezone", zone);
        }
        if (body.has("country")) {
            String country = nullableText(body, "country");
            if (country != null && !COUNTRY.matcher(country).matches()) {
                throw ApiException.invalidArgument("country", "must be a two-letter country code");
            }
            putNullable(contact, "country", country == null ? null : country.toUpperCase(Locale.ROOT));
        }
        if (body.has("linkedin")) {
            String linkedin = nullableText(body, "linkedin");
            if (linkedin != null && !isHttpUrl(linkedin)) {
                throw ApiException.invalidArgument("linkedin", "must be an http(s) URL");
            }
            putNullable(contact, "linkedin", linkedin);
        }
        body.array("custom_fields", 1000).ifPresent(fields -> mergeCustomValues(fields, values));
    }

    private ArrayNode emails(ArrayNode given) {
        if (given.isEmpty()) {
            throw ApiException.invalidArgument("emails", "must have at least one email");
        }
        ArrayNode emails = Json.array();
        Set<String> seen = new HashSet<>();
        int primaries = 0;
        for (JsonNode item : given) {
            JsonNode address = item.path("email");
            if (!item.isObject() || !address.isTextual() || !EMAIL.matcher(address.asText().trim()).matches()) {
                throw ApiException.invalidArgument("emails", "every item needs a valid email");
            }
            JsonNode primary = item.path("is_primary");
            if (!primary.isMissingNode() && !primary.isBoolean()) {
                throw ApiException.invalidArgument("emails", "is_primary must be true or false");
            }
            String email = address.asText().trim();
            if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                throw ApiException.invalidArgument("emails", email + " is given twice");
            }
            primaries += primary.asBoolean(false) ? 1 : 0;
            emails.addObject().put("email", email).put("is_primary", primary.asBoolean(false));
        }
        if (primaries > 1) {
            throw ApiException.invalidArgument("emails", "only one email can be primary");
        }
        if (primaries == 0) {
            ((ObjectNode) emails.get(0)).put("is_primary", true);
        }
        return emails;
    }

    private static ArrayNode phones(ArrayNode given) {
        ArrayNode phones = Json.array();
        for (JsonNode item : given) {
            JsonNode number = item.path("phone_number");
            if (!item.isObject() || !number.isTextual() || number.asText().isBlank()) {
                throw ApiException.invalidArgument("phone_numbers", "every item needs a phone_number");
            }
            phones.addObject().put("phone_number", number.asText().trim());
        }
        return phones;
    }

    private void mergeCustomValues(ArrayNode fields, Map<String, JsonNode> values) {
        for (JsonNode item : fields) {
            JsonNode uuid = item.path("uuid");
            if (!item.isObject() || !uuid.isTextual() || !item.has("value")) {
                throw ApiException.invalidArgument("custom_fields", "every item needs a definition uuid and a value");
            }
            ObjectNode definition = store.find(Kind.CONTACT_CUSTOM_FIELD_DEFINITION, uuid.asText())
                    .orElseThrow(() -> ApiException.invalidArgument("custom_fields",
                            "no custom field definition has uuid " + uuid.asText()));
            values.put(definition.path("uri").asText(), CustomFieldValues.checked(definition, item.get("value")));
        }
    }

    private static String nullableText(BodyReader body, String field) {
        if (body.raw(field).isNull()) {
            return null;
        }
        String text = body.text(field, MAX_TEXT).orElseThrow();
        return text.isEmpty() ? null : text;
    }

    private static void putNullable(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
