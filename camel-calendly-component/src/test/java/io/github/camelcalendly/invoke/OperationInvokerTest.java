package io.github.camelcalendly.invoke;

import java.util.Map;

import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.client.CallOptions;
import io.github.camelcalendly.client.CalendlyJson;
import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * What an invoker holds once its endpoint started: the URI's values converted to what Calendly expects, before any
 * connection exists (none is asked for here).
 */
class OperationInvokerTest {

    private static final String BASE_URL = "https://api.calendly.test";
    private static final Operation LIST_EVENTS = OperationRegistry.resolve("scheduledEvents", "list");

    private static OperationInvoker bind(Map<String, Object> uriValues) {
        return OperationInvoker.bind(LIST_EVENTS, uriValues, BASE_URL, CallOptions.DEFAULTS, id -> {
            throw new AssertionError("no connection is needed to bind an operation");
        }, CalendlyJson.newObjectMapper());
    }

    @Test
    void theUrisValuesAreConvertedWhenTheOperationIsBound() {
        OperationInvoker invoker = bind(Map.of("user", "U1", "count", "5"));

        assertThat(invoker.operation()).isSameAs(LIST_EVENTS);
        assertThat(invoker.uriOptions()).containsOnly(entry("user", BASE_URL + "/users/U1"), entry("count", 5L));
        assertThat(invoker).hasToString("OperationInvoker[scheduledEvents/list]");
    }

    @Test
    void aBadValueFailsTheBindingNamingTheOption() {
        assertThatThrownBy(() -> bind(Map.of("count", "many")))
                .isInstanceOf(CalendlyValidationException.class)
                .satisfies(e -> assertThat(((CalendlyValidationException) e).getOption()).isEqualTo("count"));
    }

    @Test
    void anInvokerForAnotherOperationCarriesNoneOfTheUrisValues() {
        Operation getEvent = OperationRegistry.resolve("scheduledEvents", "get");

        OperationInvoker other = bind(Map.of("user", "U1")).forOperation(getEvent);

        assertThat(other.operation()).isSameAs(getEvent);
        assertThat(other.uriOptions()).isEmpty();
        assertThat(other.callOptions()).isEqualTo(CallOptions.DEFAULTS);
    }
}
