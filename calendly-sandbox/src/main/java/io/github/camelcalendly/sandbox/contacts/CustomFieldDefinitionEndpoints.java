package io.github.camelcalendly.sandbox.contacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code /contacts/custom_field_definitions}: the organization's contact custom fields, listed whole (not paged),
 * read one by one, and created, on every plan (since Calendly's 19 November 2026 release). Creating needs the
 * permission to create custom fields, which the sandbox gives the organization's owners and admins (403 for a plain
 * member). A label is 1 to 255 characters once trimmed and unique ignoring case (409); {@code field_type} is text,
 * number, currency, tags, date or single_select ({@code invitee_question} fields come from booking questions and
 * cannot be created); single_select needs 1 to 10 label-only {@code options}, currency needs a 3-letter
 * {@code currency} (uppercased). Unknown keys are rejected.
 */
public final class CustomFieldDefinitionEndpoints implements ApiModule {

    private static final String PATH = "/contacts/custom_field_definitions";
    private static final Set<String> CREATABLE_TYPES = Set.of("text", "number", "currency", "tags", "date",
            "single_select");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Za-z]{3}$");

    private final SandboxContext context;

    public CustomFieldDefinitionEndpoints(SandboxContext context) {
        this.context = context;
    }

    @Override
    public void register(Router router) {
        router.get(PATH, "contacts:read", request -> Pages.unpaged(
                context.store().all(Kind.CONTACT_CUSTOM_FIELD_DEFINITION)));
        router.get(PATH + "/{uuid}", "contacts:read", request -> ApiResponse.resource(
                context.store().require(Kind.CONTACT_CUSTOM_FIELD_DEFINITION, request.pathParam("uuid"))));
        router.post(PATH, "contacts:write", this::create);
    }

    private ApiResponse create(ApiRequest request) {
        new OrganizationRoles(context.store()).requireManager(request.caller(),
                "You do not have permission to create custom fields.");
        BodyReader body = new BodyReader(request.jsonBody(), Set.of("label", "field_type", "options", "currency"));
        String label = body.requiredText("label", 255);
        String type = body.requiredText("field_type", 50);
        if (!CREATABLE_TYPES.contains(type)) {
            throw ApiException.invalidArgument("field_type", "must be one of text, number, currency, tags, date,"
                    + " single_select");
        }
        ObjectNode definition = Json.object();
        String uuid = context.store().newUuid();
        definition.put("uri", context.store().uri(Kind.CONTACT_CUSTOM_FIELD_DEFINITION, uuid));
        definition.put("label", label);
        definition.put("field_type", type);
        definition.set("options", options(body, type));
        definition.set("currency", currency(body, type));
        definition.putNull("source");
        Instant now = context.now().truncatedTo(ChronoUnit.MICROS);
        definition.put("created_at", Json.time(now));
        definition.put("updated_at", Json.time(now));
        boolean taken = context.store().all(Kind.CONTACT_CUSTOM_FIELD_DEFINITION).stream()
                .anyMatch(other -> other.path("label").asText().equalsIgnoreCase(label));
        if (taken) {
            throw new ApiException(409, "Already Exists", "The resource already exists",
                    List.of(new ApiException.Detail("label", "A custom field with this label already"
                            + " exists")), List.of());
        }
        context.store().put(Kind.CONTACT_CUSTOM_FIELD_DEFINITION, uuid, definition);
        return ApiResponse.created(definition);
    }

    private ArrayNode options(BodyReader body, String type) {
        ArrayNode options = Json.array();
        if (!"single_select".equals(type)) {
            if (body.has("options")) {
                throw ApiException.invalidArgument("options", "only a single_select field has options");
            }
            return options;
        }
        ArrayNode given = body.array("options", 10).orElse(Json.array());
        if (given.isEmpty()) {
            throw ApiException.invalidArgument("options", "a single_select field needs 1 to 10 label-only options");
        }
        for (JsonNode item : given) {
            if (!item.isObject() || item.size() != 1 || !item.path("label").isTextual()
                    || item.path("label").asText().isBlank()) {
                throw ApiException.invalidArgument("options", "a single_select field needs 1 to 10 label-only"
                        + " options");
            }
            options.addObject().put("uuid", context.store().newUuid())
                    .put("label", item.path("label").asText().trim())
                    .putNull("color")
                    .put("is_active", true);
        }
        return options;
    }

    private JsonNode currency(BodyReader body, String type) {
        if (!"currency".equals(type)) {
            if (body.has("currency")) {
                throw ApiException.invalidArgument("currency", "only a currency field has a currency");
            }
            return NullNode.getInstance();
        }
        String code = body.text("currency", 3).orElseThrow(() -> ApiException.invalidArgument("currency",
                "a currency field needs a currency code"));
        if (!CURRENCY.matcher(code).matches()) {
            throw ApiException.invalidArgument("currency", "must be a 3-letter ISO currency code");
        }
        return TextNode.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
