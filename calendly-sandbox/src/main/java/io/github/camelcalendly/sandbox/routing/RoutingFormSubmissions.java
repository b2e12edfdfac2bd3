package io.github.camelcalendly.sandbox.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * Records routing form submissions in Calendly's shape ({@code uri}, {@code routing_form},
 * {@code questions_and_answers[]} with {@code question_uuid}, {@code question}, {@code answer}; {@code tracking};
 * {@code result}; {@code submitter}; {@code submitter_type}; {@code created_at}; {@code updated_at}) and links a
 * submission to the invitee who then books through it. Callers hold the state lock.
 */
public final class RoutingFormSubmissions {

    /** The tracking fields a submission carries, as an invitee's do. */
    public static final List<String> TRACKING_FIELDS = List.of("utm_campaign", "utm_source", "utm_medium",
            "utm_content", "utm_term", "salesforce_uuid");

    private final SandboxStore store;

    public RoutingFormSubmissions(SandboxStore store) {
        this.store = store;
    }

    /**
     * Checks {@code answers} (by question text) against {@code form} and stores the submission, routed by the form's
     * rules, with no submitter yet.
     *
     * @param tracking UTM and Salesforce tracking by field name (missing fields are null)
     * @throws IllegalStateException    when the form is not published
     * @throws IllegalArgumentException naming the question or tracking field that is wrong: an unknown question, a
     *                                  required one left blank, an answer not among a question's choices, an email
     *                                  answer that is not an address
     */
    public ObjectNode record(ObjectNode form, Map<String, String> answers, Map<String, String> tracking,
            Instant at) {
        if (!"published".equals(form.path("status").asText())) {
            throw new IllegalStateException("Routing form '" + form.path("name").asText()
                    + "' is not published, so it cannot be submitted");
        }
        checkAnswers(form, answers);
        checkTracking(tracking);
        String uuid = store.newUuid();
        ObjectNode submission = Json.object();
        submission.put("uri", store.uri(Kind.ROUTING_FORM_SUBMISSION, uuid));
        submission.put("routing_form", form.path("uri").asText());
        ArrayNode questionsAndAnswers = submission.putArray("questions_and_answers");
        for (JsonNode question : form.path("questions")) {
            ObjectNode entry = questionsAndAnswers.addObject();
            entry.put("question_uuid", question.path("uuid").asText());
            entry.put("question", question.path("name").asText());
            putText(entry, "answer", blankToNull(answers.get(question.path("name").asText())));
        }
        ObjectNode trackingNode = submission.putObject("tracking");
        TRACKING_FIELDS.forEach(field -> putText(trackingNode, field, tracking.get(field)));
        submission.set("result", RoutingResults.route(form, answers));
        submission.putNull("submitter");
        submission.putNull("submitter_type");
        submission.put("created_at", Json.time(at));
        submission.put("updated_at", Json.time(at));
        return store.put(Kind.ROUTING_FORM_SUBMISSION, uuid, submission);
    }

    /**
     * The submission a booking of {@code eventTypeUri} claims to come through: 400 naming
     * {@code routing_form_submission} when there is no such submission or it did not route to that event type, 403
     * when it already led to a booking.
     */
    public ObjectNode bookable(String submissionUri, String eventTypeUri) {
        ObjectNode submission = store.findByUri(Kind.ROUTING_FORM_SUBMISSION, submissionUri)
                .orElseThrow(() -> ApiException.invalidArgument("routing_form_submission",
                        "is not a routing form submission of this sandbox: " + submissionUri));
        JsonNode result = submission.path("result");
        if (!RoutingResults.EVENT_TYPE.equals(result.path("type").asText())) {
            throw ApiException.invalidArgument("routing_form_submission", "routed to a "
                    + result.path("type").asText() + ", not to an event type's booking page");
        }
        if (!eventTypeUri.equals(result.path("value").asText())) {
            throw ApiException.invalidArgument("routing_form_submission", "routed to event type "
                    + result.path("value").asText() + ", not to " + eventTypeUri);
        }
        if (!submission.path("submitter").isNull()) {
            throw ApiException.permissionDenied("This routing form submission already led to a booking by "
                    + submission.path("submitter").asText());
        }
        return submission;
    }

    /**
     * Links a submission and the invitee who booked through it: the invitee's {@code routing_form_submission}
     * names the submission, the submission's {@code submitter} names the invitee with {@code submitter_type}
     * {@code Invitee}, and its {@code updated_at} moves to {@code at}.
     */
    public static void link(ObjectNode submission, ObjectNode invitee, Instant at) {
        invitee.put("routing_form_submission", submission.path("uri").asText());
        submission.put("submitter", invitee.path("uri").asText());
        submission.put("submitter_type", "Invitee");
        submission.put("updated_at", Json.time(at));
    }

    private static void checkAnswers(ObjectNode form, Map<String, String> answers) {
        for (String asked : answers.keySet()) {
            if (RoutingForms.question(form, asked).isEmpty()) {
                throw new IllegalArgumentException("Routing form '" + form.path("name").asText()
                        + "' has no question '" + asked + "'; its questions: " + questionNames(form));
            }
        }
        for (JsonNode question : form.path("questions")) {
            String name = question.path("name").asText();
            String answer = blankToNull(answers.get(name));
            if (answer == null) {
                if (question.path("required").asBoolean()) {
                    throw new IllegalArgumentException("Question '" + name + "' is required");
                }
                continue;
            }
            List<String> choices = texts(question.path("answer_choices"));
            if (!choices.isEmpty() && !choices.contains(answer)) {
                throw new IllegalArgumentException("Question '" + name + "' takes one of " + choices + ", not '"
                        + answer + "'");
            }
            if ("email".equals(question.path("type").asText()) && !answer.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new IllegalArgumentException("Question '" + name + "' needs an email address, not '" + answer
                        + "'");
            }
        }
    }

    private static void checkTracking(Map<String, String> tracking) {
        for (String field : tracking.keySet()) {
            if (!TRACKING_FIELDS.contains(field)) {
                throw new IllegalArgumentException("Unknown tracking field '" + field + "'; one of "
                        + TRACKING_FIELDS);
            }
        }
    }

    private static List<String> questionNames(ObjectNode form) {
        List<String> names = new ArrayList<>();
        form.path("questions").forEach(question -> names.add(question.path("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** {@code answers} as an ordered copy, refusing null keys. */
    static Map<String, String> copyOf(Map<String, String> answers) {
        Map<String, String> copy = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            if (question == null) {
                throw new IllegalArgumentException("An answer names no question");
            }
            copy.put(question, answer);
        });
        return copy;
    }
}
