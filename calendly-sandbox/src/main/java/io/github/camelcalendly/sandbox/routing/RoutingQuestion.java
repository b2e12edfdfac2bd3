package io.github.camelcalendly.sandbox.routing;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question of a routing form as its author set it up.
 *
 * @param name          the question's text
 * @param type          Calendly's field type: {@code name}, {@code text}, {@code email}, {@code phone},
 *                      {@code textarea}, {@code select} or {@code radios}
 * @param required      whether a submission must answer it
 * @param answerChoices the choices of a {@code select} or {@code radios} question (empty for the others)
 */
public record RoutingQuestion(String name, String type, boolean required, List<String> answerChoices) {

    static final Set<String> TYPES = Set.of("name", "text", "email", "phone", "textarea", "select", "radios");
    private static final Set<String> CHOICE_TYPES = Set.of("select", "radios");

    public RoutingQuestion {
        Objects.requireNonNull(name, "name");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown routing form question type " + type + "; one of " + TYPES);
        }
        answerChoices = answerChoices == null ? List.of() : List.copyOf(answerChoices);
        if (CHOICE_TYPES.contains(type) == answerChoices.isEmpty()) {
            throw new IllegalArgumentException("Question '" + name + "': select and radios questions, and only"
                    + " they, have answer choices");
        }
    }

    public static RoutingQuestion of(String name, String type, boolean required) {
        return new RoutingQuestion(name, type, required, List.of());
    }

    public static RoutingQuestion choice(String name, String type, boolean required, String... choices) {
        return new RoutingQuestion(name, type, required, List.of(choices));
    }

    public boolean hasChoices() {
        return !answerChoices.isEmpty();
    }
}
