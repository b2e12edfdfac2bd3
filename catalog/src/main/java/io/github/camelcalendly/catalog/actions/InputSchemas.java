package io.github.camelcalendly.catalog.actions;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;
import io.github.camelcalendly.operation.ConnectionDefault;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.Parameter;
import io.github.camelcalendly.operation.ParameterLocation;
import io.github.camelcalendly.operation.ParameterType;
import io.github.camelcalendly.operation.RequestResolver;

/**
 * The JSON Schema (draft 2020-12) of an operation's input: its options, keyed by option name, exactly as the
 * component takes them from the message body with {@code inputFromBody=true} (and from the URI or headers):
 * types, required options, enums, formats, descriptions and defaults. Keys the operation does not take are refused,
 * by the component and by the schema ({@code additionalProperties: false}).
 */
public final class InputSchemas {

    /** The dialect of every schema the catalog publishes. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    static final String URI_OPTION = "uri";

    private InputSchemas() {
    }

    /** The input schema of {@code op}, with {@code $schema}. */
    public static ObjectNode of(Operation op) {
        ObjectNode schema = CatalogSources.mapper().createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", op.summary() + " (input)");
        schema.put("description", "The options of calendly:" + op.resource() + "?op=" + op.name() + ", by option name: "
                + (op.kind() == OperationKind.RAW
                        ? "as endpoint URI options or CamelCalendly.<option> headers; the message body is the request"
                          + " body."
                        : "in the message body with inputFromBody=true, or as endpoint URI options or"
                          + " CamelCalendly.<option> headers."));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        List<String> pathIdentifiers = new ArrayList<>();
        for (Parameter p : op.parameters()) {
            properties.set(p.name(), property(op, p));
            if (p.required() && !op.connectionAlwaysFills(p.name())) {
                if (takesUri(op) && p.location() == ParameterLocation.PATH) {
                    pathIdentifiers.add(p.name());
                } else {
                    required.add(p.name());
                }
            }
        }
        if (takesUri(op)) {
            properties.set(URI_OPTION, uriProperty(op));
        }
        if (!required.isEmpty()) {
            ArrayNode names = schema.putArray("required");
            required.forEach(names::add);
        }
        if (!pathIdentifiers.isEmpty()) {
            // the path identifiers, or the resource's full URI standing in for all of them
            ArrayNode anyOf = schema.putArray("anyOf");
            ArrayNode ids = anyOf.addObject().putArray("required");
            pathIdentifiers.forEach(ids::add);
            anyOf.addObject().putArray("required").add(URI_OPTION);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Whether {@code op} takes {@code uri}, the full resource URI, in place of its path identifiers. */
    static boolean takesUri(Operation op) {
        return op.kind() == OperationKind.HTTP && !op.parameters(ParameterLocation.PATH).isEmpty();
    }

    private static ObjectNode property(Operation op, Parameter p) {
        ObjectNode property = value(p.type(), p.enumValues());
        property.put("title", title(p.name()));
        property.put("description", description(op, p));
        if (p.reference() != null && (p.type() == ParameterType.STRING || p.type() == ParameterType.STRING_LIST)) {
            // a bare UUID or the full URI: no uri format, but the form the component expands
            property.put("$comment", "A UUID or a full URI of " + p.reference() + "; sent as the URI");
        }
        if ("count".equals(p.name())) {
            property.put("minimum", 1);
            property.put("maximum", op.maxPageSize());
            property.put("default", RequestResolver.DEFAULT_PAGE_SIZE);
        }
        if ("email".equals(p.name()) || "attendee".equals(p.name())) {
            property.put("format", "email");
        }
        return property;
    }

    /** The type, format and enum of one value of {@code type}. */
    private static ObjectNode value(ParameterType type, List<String> enumValues) {
        ObjectNode value = CatalogSources.mapper().createObjectNode();
        switch (type) {
            case STRING -> value.put("type", "string");
            case URI -> value.put("type", "string").put("format", "uri");
            case INTEGER -> value.put("type", "integer");
            case BOOLEAN -> value.put("type", "boolean");
            case DATE_TIME -> value.put("type", "string").put("format", "date-time");
            case DATE -> value.put("type", "string").put("format", "date");
            case STRING_LIST -> value.put("type", "array").set("items", value(ParameterType.STRING, enumValues));
            case INTEGER_LIST -> value.put("type", "array").set("items", value(ParameterType.INTEGER, List.of()));
            case JSON_OBJECT -> value.put("type", "object");
            case JSON_ARRAY -> value.put("type", "array");
        }
        if (!enumValues.isEmpty() && !type.isList()) {
            ArrayNode values = value.putArray("enum");
            enumValues.forEach(values::add);
        }
        return value;
    }

    private static ObjectNode uriProperty(Operation op) {
        ObjectNode property = CatalogSources.mapper().createObjectNode();
        property.put("type", "string");
        property.put("format", "uri");
        property.put("title", "Uri");
        List<String> ids = op.parameters(ParameterLocation.PATH).stream().map(Parameter::name).toList();
        property.put("description", "The full URI of the resource, as webhooks deliver it, in place of "
                + String.join(" and ", ids) + ".");
        return property;
    }

    private static String description(Operation op, Parameter p) {
        StringBuilder text = new StringBuilder(p.description());
        for (ConnectionDefault d : op.connectionDefaults()) {
            if (!d.parameter().equals(p.name())) {
                continue;
            }
            text.append(" Left out, the connection's own ").append(p.name()).append(" is used");
            if (!d.unlessPresent().isEmpty()) {
                text.append(" unless ").append(String.join(" or ", d.unlessPresent())).append(" is given");
            }
            if (d.whenParameter() != null) {
                text.append(" while ").append(d.whenParameter()).append(" is ").append(d.whenValue());
            }
            text.append('.');
        }
        if (p.type() == ParameterType.STRING_LIST || p.type() == ParameterType.INTEGER_LIST) {
            text.append(" Also taken as comma-separated text.");
        }
        return text.toString();
    }

    /** {@code minStartTime} as {@code Min Start Time}, the way Camel's tooling titles options. */
    static String title(String name) {
        StringBuilder title = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (title.length() == 0) {
                title.append(Character.toUpperCase(c));
            } else {
                if (Character.isUpperCase(c)) {
                    title.append(' ');
                }
                title.append(c);
            }
        }
        return title.toString();
    }
}
