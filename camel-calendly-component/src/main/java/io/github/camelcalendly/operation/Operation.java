package io.github.camelcalendly.operation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Calendly action: a row of the operations registry.
 *
 * @param resource           the API collection in camelCase, the {@code <resource>} of {@code calendly:<resource>}
 * @param name               the {@code op} value
 * @param method             the HTTP method ({@code GET}, {@code POST}, ...), or {@code -} for local actions
 * @param pathTemplate       the path with option names in braces ({@code /scheduled_events/{uuid}/cancellation})
 * @param scope              the OAuth scope Calendly requires, or {@code -}
 * @param summary            one line saying what the action does
 * @param parameters         the options the action takes, in the order Calendly documents them
 * @param paginated          whether the response is a cursor-paginated collection
 * @param maxPageSize        the largest {@code count} Calendly accepts for a paginated list
 * @param idempotent         whether repeating the request has no further effect (safe to retry)
 * @param destructive        whether the action irreversibly deletes data and needs {@code confirmDestructive=true}
 * @param kind               how the action is carried out
 * @param connectionDefaults rules that fill user/organization from the connection
 * @param answer             what a successful answer looks like
 * @param plan               the Calendly plan the operation needs
 * @param budget             how many calls of the operation Calendly accepts per period on top of the connection's
 *                           limit ({@link RateBudget#NONE} for most)
 */
public record Operation(
        String resource, String name, String method, String pathTemplate, String scope, String summary,
        List<Parameter> parameters, boolean paginated, int maxPageSize, boolean idempotent, boolean destructive, OperationKind kind,
        List<ConnectionDefault> connectionDefaults, AnswerShape answer, PlanRequirement plan, RateBudget budget) {

    public Operation {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(budget, "budget");
        parameters = List.copyOf(parameters);
        connectionDefaults = List.copyOf(connectionDefaults);
    }

    /** {@code resource/op}, the way errors and logs name the operation. */
    public String id() {
        return resource + "/" + name;
    }

    public Optional<Parameter> parameter(String optionName) {
        return parameters.stream().filter(p -> p.name().equals(optionName)).findFirst();
    }

    public List<Parameter> parameters(ParameterLocation location) {
        return parameters.stream().filter(p -> p.location() == location).toList();
    }

    /**
     * Whether the connection fills {@code option} whenever the route leaves it out (no condition applies), so that a
     * route never has to give it.
     */
    public boolean connectionAlwaysFills(String option) {
        return connectionDefaults.stream().anyMatch(d -> d.parameter().equals(option)
                && d.unlessPresent().isEmpty() && d.whenParameter() == null);
    }

    public boolean hasRequestBody() {
        return "POST".equals(method) || "PATCH".equals(method) || "PUT".equals(method);
    }

    /** Whether the operation returns a {@code collection} (list operations, paginated or not). */
    public boolean returnsCollection() {
        return answer == AnswerShape.COLLECTION;
    }
}
