package io.github.camelcalendly.operation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fluent construction of one registry row. Parameters are named as in operations.tsv: {@code uuid*} marks a required
 * option.
 */
final class OperationBuilder {

    private final String resource;
    private final String name;
    private final String method;
    private final String pathTemplate;
    private final String scope;
    private final String summary;
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<ConnectionDefault> connectionDefaults = new ArrayList<>();
    private boolean paginated;
    private int maxPageSize = 100;
    private Boolean idempotent;
    private boolean destructive;
    private OperationKind kind = OperationKind.HTTP;
    private AnswerShape answer;
    private PlanRequirement plan = PlanRequirement.ANY;
    private RateBudget budget = RateBudget.NONE;

    OperationBuilder(String resource, String name, String method, String pathTemplate, String scope, String summary) {
        this.resource = resource;
        this.name = name;
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.scope = scope;
        this.summary = summary;
    }

    OperationBuilder path(String... specs) {
        return add(ParameterLocation.PATH, specs);
    }

    OperationBuilder query(String... specs) {
        return add(ParameterLocation.QUERY, specs);
    }

    OperationBuilder body(String... specs) {
        return add(ParameterLocation.BODY, specs);
    }

    /** Narrows the type and reference of an already added parameter for this operation. */
    OperationBuilder as(String option, ParameterType type, String reference) {
        Parameter p = find(option);
        replace(p, new Parameter(p.option(), p.location(), p.required(), type, p.enumValues(), reference));
        return this;
    }

    /** Narrows the accepted values of an already added parameter for this operation. */
    OperationBuilder enums(String option, String... values) {
        Parameter p = find(option);
        replace(p, new Parameter(p.option(), p.location(), p.required(), p.type(), List.of(values), p.reference()));
        return this;
    }

    OperationBuilder paginated() {
        this.paginated = true;
        return this;
    }

    /** Calendly accepts pages larger than the usual 100 for this list. */
    OperationBuilder maxPageSize(int maxPageSize) {
        this.maxPageSize = maxPageSize;
        return this;
    }

    OperationBuilder idempotent() {
        this.idempotent = true;
        return this;
    }

    OperationBuilder destructive() {
        this.destructive = true;
        return this;
    }

    /** Only accounts on {@code plan} may call the operation. */
    OperationBuilder plan(PlanRequirement plan) {
        this.plan = plan;
        return this;
    }

    /** Calendly accepts at most {@code budget} calls of the operation, on top of the connection's limit. */
    OperationBuilder budget(RateBudget budget) {
        this.budget = budget;
        return this;
    }

    OperationBuilder kind(OperationKind kind) {
        this.kind = kind;
        return this;
    }

    /**
     * Calendly answers this operation with {@code shape} instead of what its kind, name and method imply (see
     * {@link #build()}).
     */
    OperationBuilder answers(AnswerShape shape) {
        this.answer = shape;
        return this;
    }

    /** Fills {@code parameter} from the connection unless one of {@code unlessPresent} has a value. */
    OperationBuilder defaultFromConnectionUnless(String parameter, String... unlessPresent) {
        connectionDefaults.add(new ConnectionDefault(parameter, Arrays.asList(unlessPresent), null, null));
        return this;
    }

    /** Fills {@code parameter} from the connection while {@code whenParameter} equals {@code whenValue}. */
    OperationBuilder defaultFromConnectionWhen(String parameter, String whenParameter, String whenValue) {
        connectionDefaults.add(new ConnectionDefault(parameter, List.of(), whenParameter, whenValue));
        return this;
    }

    /**
     * The row as an operation. Unless {@link #answers(AnswerShape)} says otherwise, the answer follows Calendly's
     * conventions: a {@code list} answers a {@code collection}, a DELETE answers 204, any other call a
     * {@code resource}; raw requests take any answer, and local actions and triggers get none.
     */
    Operation build() {
        List<ConnectionDefault> defaults = new ArrayList<>();
        for (Parameter p : parameters) {
            boolean connectionScoped = "user".equals(p.name()) || "organization".equals(p.name());
            if (p.required() && connectionScoped) {
                defaults.add(ConnectionDefault.always(p.name()));
            }
        }
        defaults.addAll(connectionDefaults);
        boolean safe = "GET".equals(method) || "DELETE".equals(method) || "-".equals(method);
        return new Operation(resource, name, method, pathTemplate, scope, summary, parameters, paginated, maxPageSize,
                idempotent != null ? idempotent : safe, destructive, kind, defaults,
                answer != null ? answer : conventionalAnswer(), plan, budget);
    }

    private AnswerShape conventionalAnswer() {
        return switch (kind) {
            case RAW -> AnswerShape.ANY;
            case PREFILL_URL, WEBHOOK_TRIGGER, OAUTH -> AnswerShape.NONE;
            case HTTP -> "list".equals(name) ? AnswerShape.COLLECTION
                    : "DELETE".equals(method) ? AnswerShape.NO_CONTENT : AnswerShape.RESOURCE;
        };
    }

    private OperationBuilder add(ParameterLocation location, String... specs) {
        for (String spec : specs) {
            boolean required = spec.endsWith("*");
            String optionName = required ? spec.substring(0, spec.length() - 1) : spec;
            OptionDefinition def = OptionCatalog.get(optionName);
            parameters.add(new Parameter(def, location, required, def.type(), def.enumValues(), def.reference()));
        }
        return this;
    }

    private Parameter find(String option) {
        return parameters.stream().filter(p -> p.name().equals(option)).findFirst()
                .orElseThrow(() -> new IllegalStateException(resource + "/" + name + " has no parameter " + option));
    }

    private void replace(Parameter old, Parameter replacement) {
        parameters.set(parameters.indexOf(old), replacement);
    }
}
