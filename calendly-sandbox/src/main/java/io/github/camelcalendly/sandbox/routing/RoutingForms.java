package io.github.camelcalendly.sandbox.routing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Builds and stores routing forms in Calendly's shape ({@code uri}, {@code organization}, {@code name},
 * {@code status}, {@code questions[]} with {@code uuid}, {@code name}, {@code type}, {@code required},
 * {@code answer_choices}, {@code created_at}, {@code updated_at}).
 *
 * <p>Calendly's API does not show a form's routing logic, but the sandbox needs it to route submissions: the stored
 * object also keeps its rules and fallback under {@value #ROUTING}, which {@link #view(ObjectNode)} leaves out of
 * every answer.
 */
public final class RoutingForms {

    /** The key of the routing logic kept beside the form's public fields. */
    static final String ROUTING = "_sandbox_routing";

    private final SandboxStore store;

    public RoutingForms(SandboxStore store) {
        this.store = store;
    }

    /**
     * Stores a new form of {@code organization}.
     *
     * @param status   {@code published} or {@code draft}
     * @param rules    the rules, tried in order
     * @param fallback where a submission goes when no rule matches ({@link RoutingResults#customMessage} or
     *                 {@link RoutingResults#externalUrl})
     */
    public ObjectNode create(String organization, String name, String status, List<RoutingQuestion> questions,
            List<RoutingRule> rules, ObjectNode fallback, Instant createdAt) {
        Objects.requireNonNull(fallback, "fallback");
        if (!"published".equals(status) && !"draft".equals(status)) {
            throw new IllegalArgumentException("A routing form is published or draft, not " + status);
        }
        String uuid = store.newUuid();
        ObjectNode form = Json.object();
        form.put("uri", store.uri(Kind.ROUTING_FORM, uuid));
        form.put("organization", organization);
        form.put("name", name);
        form.put("status", status);
        ArrayNode questionNodes = form.putArray("questions");
        for (int i = 0; i < questions.size(); i++) {
            RoutingQuestion question = questions.get(i);
            ObjectNode node = questionNodes.addObject();
            node.put("uuid", questionUuid(uuid, i));
            node.put("name", question.name());
            node.put("type", question.type());
            node.put("required", question.required());
            ArrayNode choices = node.putArray("answer_choices");
            question.answerChoices().forEach(choices::add);
        }
        form.put("created_at", Json.time(createdAt));
        form.put("updated_at", Json.time(createdAt));
        ObjectNode routing = form.putObject(ROUTING);
        ArrayNode ruleNodes = routing.putArray("rules");
        for (RoutingRule rule : rules) {
            requireQuestion(form, rule.question());
            ObjectNode node = ruleNodes.addObject();
            node.put("question", rule.question());
            ArrayNode answers = node.putArray("answers");
            rule.answers().stream().sorted().forEach(answers::add);
            node.put("event_type", rule.eventType());
        }
        routing.set("fallback", fallback.deepCopy());
        return store.put(Kind.ROUTING_FORM, uuid, form);
    }

    /** The form as Calendly answers it: a copy without the sandbox's routing logic. */
    public static ObjectNode view(ObjectNode form) {
        ObjectNode copy = form.deepCopy();
        copy.remove(ROUTING);
        return copy;
    }

    /** The stored forms of {@code organization}, oldest first. */
    public List<ObjectNode> of(String organization) {
        return store.all(Kind.ROUTING_FORM).stream()
                .filter(form -> organization.equals(form.path("organization").asText()))
                .toList();
    }

    public Optional<ObjectNode> find(String formUri) {
        return store.findByUri(Kind.ROUTING_FORM, formUri);
    }

    /** The question of {@code form} whose text is {@code name}, if there is one. */
    static Optional<JsonNode> question(ObjectNode form, String name) {
        for (JsonNode question : form.path("questions")) {
            if (name.equals(question.path("name").asText())) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    private static void requireQuestion(ObjectNode form, String name) {
        if (question(form, name).isEmpty()) {
            throw new IllegalArgumentException("A routing rule names question '" + name + "', which form '"
                    + form.path("name").asText() + "' does not ask");
        }
    }

    /** A question's id in Calendly's UUID format, repeatable for the same form. */
    private static String questionUuid(String formUuid, int index) {
        return UUID.nameUUIDFromBytes((formUuid + "/question/" + index).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
