package io.github.camelcalendly.catalog.schema;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.operation.AnswerShape;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationKind;
import io.github.camelcalendly.operation.OptionCatalog;

/**
 * JSON Schemas (draft 2020-12) of what a Camel route gets in the message body from each Calendly operation, and of
 * the payload each webhook event gives a {@code calendly:webhook} route. They follow the component's result
 * contract ({@link AnswerShape}): a {@code resource} arrives unwrapped, a {@code collection} as the list of its
 * items, a 204 as null. The fields come from hand-maintained schema files, one per Calendly object (see
 * {@link OutputTypes} for which operation answers which), inlined so that every returned schema stands alone.
 *
 * <p>The webhook trigger ({@code webhook/consumer}) is described by what its route gets: the delivered event's
 * payload, one of the event payloads, not the delivery envelope, whose event name and times the component puts in
 * headers. The envelope itself is what {@code sampleWebhookData/get} answers.
 *
 * <p>The schemas are honest about strictness: they require only the fields Calendly always sends, leave objects
 * open to the fields Calendly adds over time, and type fields Calendly sends as null as nullable. They have no
 * {@code $schema} keyword; the caller adds it where the schema is published.
 */
public final class OutputSchemas {

    private static final String WEBHOOK_EVENT = "objects/WebhookEvent.json";

    private OutputSchemas() {
    }

    /**
     * The schema of the message body a route gets from {@code op}.
     *
     * @param op an operation of the registry
     * @return a new schema with a title and a description
     * @throws IllegalStateException when the operation has no output schema file although its answer needs one
     */
    public static ObjectNode of(Operation op) {
        Objects.requireNonNull(op, "op");
        if (op.kind() == OperationKind.WEBHOOK_TRIGGER) {
            return triggerPayload();
        }
        return switch (op.answer()) {
            case RESOURCE -> typed(op, "What " + endpoint(op) + " gives the route: Calendly's answer taken out of"
                    + " its \"resource\" envelope, as a Map. ");
            case COLLECTION -> collection(op);
            case NO_CONTENT -> described(SchemaFiles.object().put("type", "null"), "No content",
                    "What " + endpoint(op) + " gives the route: nothing. Calendly answers 204 without a body,"
                    + " so the message body is null.");
            case OBJECT -> typed(op, "What " + endpoint(op) + " gives the route: Calendly's JSON answer as a Map"
                    + " (its \"resource\" when it has one). ");
            case ANY -> described(SchemaFiles.object(), "Calendly's answer", "What " + endpoint(op)
                    + " gives the route: Calendly's answer as it came. Parsed JSON (a Map, a List or a single value)"
                    + " when its content type is JSON or missing, the text when it is another content type, and"
                    + " null for 204 or an empty body. Any value is allowed.");
            case NONE -> typed(op, "What " + endpoint(op) + " gives the route: ");
        };
    }

    /**
     * The schema of the payload a {@code calendly:webhook} route gets in the body for one webhook event.
     *
     * @param event a Calendly webhook event name, as {@link OptionCatalog#WEBHOOK_EVENTS} lists them
     * @return a new schema with a title and a description
     * @throws IllegalArgumentException when {@code event} is not a Calendly webhook event
     */
    public static ObjectNode eventPayload(String event) {
        String file = OutputTypes.ofEvent(event).orElseThrow(() -> new IllegalArgumentException(
                "Unknown Calendly webhook event '" + event + "': expected one of "
                + String.join(", ", OptionCatalog.WEBHOOK_EVENTS)));
        ObjectNode payload = SchemaFiles.inlined(file);
        return described(payload, event + " payload", "What a route starting from calendly:webhook gets in the"
                + " body for " + event + ": the event's payload, as a Map. " + text(payload, "description"));
    }

    /** The schema file of what {@code op} gives, its description after {@code lead}. */
    private static ObjectNode typed(Operation op, String lead) {
        ObjectNode type = type(op);
        return described(type, text(type, "title"), lead + text(type, "description"));
    }

    private static ObjectNode collection(Operation op) {
        String items = op.paginated()
                ? "the items of every page Calendly answers, as a List of Maps (cut at maxResults; paginate=false"
                  + " gives one page and streaming=true an Iterator over the items)."
                : "the items of Calendly's \"collection\", as a List of Maps.";
        ObjectNode item = type(op);
        ObjectNode schema = SchemaFiles.object();
        schema.put("type", "array");
        schema.set("items", item);
        return described(schema, plural(text(item, "title")), "What " + endpoint(op) + " gives the route: " + items
                + " Each item: " + text(item, "description"));
    }

    /** What the webhook trigger's route gets: one of the payloads, by event. */
    private static ObjectNode triggerPayload() {
        ObjectNode schema = SchemaFiles.object();
        ArrayNode anyOf = schema.putArray("anyOf");
        for (Map.Entry<String, List<String>> byFile : OutputTypes.eventsByPayload().entrySet()) {
            ObjectNode payload = SchemaFiles.inlined(byFile.getKey());
            anyOf.add(described(payload, text(payload, "title"), "Payload of " + String.join(", ", byFile.getValue())
                    + ". " + text(payload, "description")));
        }
        return described(schema, "Webhook event payload", "What a route starting from calendly:webhook gets in the"
                + " body: the payload of each delivered event, as a Map; not the whole delivery, whose event name,"
                + " created_at and created_by are in the headers CamelCalendlyEvent, CamelCalendlyEventCreatedAt"
                + " and CamelCalendlyEventCreatedBy. The payload's layout depends on the event; each alternative"
                + " names its events, and OutputSchemas.eventPayload gives the schema of one event.");
    }

    /** The schema of a webhook delivery: the envelope, with the payload of the event it names. */
    private static ObjectNode webhookEvent() {
        ObjectNode envelope = SchemaFiles.inlined(WEBHOOK_EVENT);
        ArrayNode conditions = envelope.putArray("allOf");
        for (Map.Entry<String, List<String>> byFile : OutputTypes.eventsByPayload().entrySet()) {
            ObjectNode condition = conditions.addObject();
            ObjectNode ifEvent = condition.putObject("if");
            ArrayNode events = ifEvent.putObject("properties").putObject("event").putArray("enum");
            byFile.getValue().forEach(events::add);
            ifEvent.putArray("required").add("event");
            condition.putObject("then").putObject("properties").set("payload", SchemaFiles.inlined(byFile.getKey()));
        }
        return envelope;
    }

    /** The inlined schema file of what {@code op} gives: its resource, list item or object. */
    private static ObjectNode type(Operation op) {
        String file = OutputTypes.ofOperation(op.id()).orElseThrow(() -> new IllegalStateException(
                "Operation " + op.id() + " answers " + op.answer().description() + " but has no output schema"
                + " file: map it in " + OutputTypes.class.getName()));
        return WEBHOOK_EVENT.equals(file) ? webhookEvent() : SchemaFiles.inlined(file);
    }

    private static String text(ObjectNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException("A schema file has no " + keyword + ": " + schema);
        }
        return value.asText();
    }

    /** A copy of {@code schema} whose first keywords are {@code title} and {@code description}. */
    private static ObjectNode described(ObjectNode schema, String title, String description) {
        ObjectNode result = SchemaFiles.object();
        result.put("title", title);
        result.put("description", description);
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!"title".equals(field.getKey()) && !"description".equals(field.getKey())) {
                result.set(field.getKey(), field.getValue());
            }
        }
        return result;
    }

    private static String endpoint(Operation op) {
        return "calendly:" + op.resource() + "?op=" + op.name();
    }

    /** The plural of an English title, as the lists' titles need it (Event type, Activity log entry). */
    private static String plural(String title) {
        if (title.endsWith("y") && title.length() > 1 && "aeiou".indexOf(title.charAt(title.length() - 2)) < 0) {
            return title.substring(0, title.length() - 1) + "ies";
        }
        return title.endsWith("s") ? title : title + "s";
    }
}
