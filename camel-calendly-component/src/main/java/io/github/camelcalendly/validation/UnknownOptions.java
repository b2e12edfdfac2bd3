package io.github.camelcalendly.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelcalendly.CalendlyEndpointUriFactory;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * Refuses the options of an endpoint URI that no setter took, before Camel core would list them with their values:
 * a secret given under a wrong name ({@code access_token=...}) must not end up in an exception or a log. The refusal
 * names each option and the one meant, and never shows a value.
 */
public final class UnknownOptions {

    private static final class CalendlyEndpoints {
        static final UnknownOptions CHECK = new UnknownOptions(new CalendlyEndpointUriFactory().propertyNames());
    }

    private final OptionSuggestions suggestions;

    /** @param knownOptions every option name an endpoint takes */
    public UnknownOptions(Collection<String> knownOptions) {
        this.suggestions = new OptionSuggestions(knownOptions);
    }

    /** For calendly endpoints: the options their generated URI factory knows. */
    public static UnknownOptions ofCalendlyEndpoints() {
        return CalendlyEndpoints.CHECK;
    }

    /**
     * Fails when options are left over, as Camel's own check would, but naming them without their values.
     *
     * @param  uri                         the endpoint URI, only read for its resource and op
     * @param  leftOver                    the options no setter took
     * @param  optionPrefix                when set, only options starting with it are checked, as in Camel's check
     * @throws CalendlyValidationException naming every unknown option, the first as its option
     */
    public void refuseAny(String uri, Map<String, Object> leftOver, String optionPrefix) {
        if (leftOver == null) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : leftOver.keySet()) {
            if (optionPrefix == null || name.startsWith(optionPrefix)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            String operation = operationOf(uri);
            throw new CalendlyValidationException(operation, unknown.get(0), message(operation, unknown));
        }
    }

    private String message(String operation, List<String> unknown) {
        StringBuilder sb = new StringBuilder();
        boolean one = unknown.size() == 1;
        sb.append(one ? "Unknown option " : "Unknown options ");
        for (int i = 0; i < unknown.size(); i++) {
            String name = unknown.get(i);
            sb.append(i == 0 ? "" : ", ").append('\'').append(name).append('\'');
            suggestions.adviceFor(name).ifPresent(advice -> sb.append(" (").append(advice).append(')'));
        }
        sb.append(" for calendly ").append(operation).append(one
                ? "; its value is not shown, as it may be a secret."
                : "; their values are not shown, as they may be secrets.");
        return sb.append(" The component documentation lists the options of each operation.").toString();
    }

    /**
     * The operation an endpoint URI names, as {@code resource/op}; the URI was already resolved to an operation, so
     * this reads rather than checks it.
     */
    static String operationOf(String uri) {
        int colon = uri.indexOf(':');
        int question = uri.indexOf('?');
        String path = uri.substring(colon + 1, question < 0 ? uri.length() : question);
        String resource = path.replaceFirst("^/+", "");
        String op = question < 0 ? null : opOf(uri.substring(question + 1));
        Optional<Operation> operation = op == null
                ? Optional.of(OperationRegistry.operationsOf(resource)).filter(ops -> ops.size() == 1)
                        .flatMap(ops -> OperationRegistry.find(resource, ops.get(0)))
                : OperationRegistry.find(resource, op);
        return operation.map(Operation::id).orElse(op == null ? resource : resource + "/" + op);
    }

    private static String opOf(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("op=")) {
                String value = pair.substring(3);
                return value.startsWith("RAW(") && value.endsWith(")") ? value.substring(4, value.length() - 1) : value;
            }
        }
        return null;
    }
}
