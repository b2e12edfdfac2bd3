package io.github.camelcalendly.operation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule that fills a {@code user} or {@code organization} parameter with the connection's own user or organization
 * when the route gave none.
 *
 * @param parameter     {@code user} or {@code organization}
 * @param unlessPresent the default is skipped when any of these parameters has a value (e.g. a list filtered by
 *                      organization needs no user)
 * @param whenParameter when not null, the default applies only while this parameter equals {@code whenValue}
 * @param whenValue     see {@code whenParameter}
 */
public record ConnectionDefault(String parameter, List<String> unlessPresent, String whenParameter, String whenValue) {

    public ConnectionDefault {
        Objects.requireNonNull(parameter, "parameter");
        if (!"user".equals(parameter) && !"organization".equals(parameter)) {
            throw new IllegalArgumentException("Only user and organization can default from the connection: " + parameter);
        }
        unlessPresent = List.copyOf(unlessPresent);
    }

    public static ConnectionDefault always(String parameter) {
        return new ConnectionDefault(parameter, List.of(), null, null);
    }

    /** Whether the default applies, given the values resolved so far (keyed by option name). */
    public boolean appliesTo(Map<String, Object> values) {
        if (values.get(parameter) != null) {
            return false;
        }
        for (String other : unlessPresent) {
            if (values.get(other) != null) {
                return false;
            }
        }
        return whenParameter == null || whenValue.equals(String.valueOf(values.get(whenParameter)));
    }
}
