package io.github.camelcalendly.sandbox.routing;

import java.util.Objects;
import java.util.Set;

/**
 * One routing rule of a form: when the answer to {@code question} (the question's text) is one of {@code answers},
 * the visitor is sent to the booking page of {@code eventType}.
 *
 * @param question  the question's text, as shown on the form
 * @param answers   the answers that select this rule
 * @param eventType the event type URI the rule routes to
 */
public record RoutingRule(String question, Set<String> answers, String eventType) {

    public RoutingRule {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(eventType, "eventType");
        answers = Set.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("A routing rule needs at least one answer");
        }
    }
}
