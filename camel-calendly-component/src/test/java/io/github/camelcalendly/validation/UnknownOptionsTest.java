package io.github.camelcalendly.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcalendly.CalendlyValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The refusal of options no setter took: every name, the one meant, never a value.
 */
class UnknownOptionsTest {

    private static final String VALUE = "pat-unit-5d0c9e";

    private final UnknownOptions check = UnknownOptions.ofCalendlyEndpoints();

    @Test
    void noOptionLeftOverPasses() {
        check.refuseAny("calendly://users?op=me", new LinkedHashMap<>(), null);
        check.refuseAny("calendly://users?op=me", null, null);
    }

    @Test
    void oneUnknownOptionIsNamedWithTheOneMeantAndWithoutItsValue() {
        CalendlyValidationException refusal = refusal("calendly://users?access_token=xxxxxx&op=me",
                Map.of("access_token", VALUE), null);

        assertThat(refusal.getOption()).isEqualTo("access_token");
        assertThat(refusal.getOperation()).isEqualTo("users/me");
        assertThat(refusal.getMessage()).isEqualTo("Unknown option 'access_token' (did you mean 'accessToken'?) for"
                + " calendly users/me; its value is not shown, as it may be a secret. The component documentation"
                + " lists the options of each operation.");
    }

    @Test
    void severalUnknownOptionsAreNamedInTheOrderGivenAndTheFirstIsTheOption() {
        Map<String, Object> leftOver = new LinkedHashMap<>();
        leftOver.put("signing_key", VALUE);
        leftOver.put("frobnicate", VALUE);

        CalendlyValidationException refusal = refusal("calendly:webhook?events=invitee.created", leftOver, null);

        assertThat(refusal.getOption()).isEqualTo("signing_key");
        assertThat(refusal.getOperation()).isEqualTo("webhook/consumer");
        assertThat(refusal.getMessage()).startsWith("Unknown options 'signing_key' (did you mean 'signingKey'?),"
                + " 'frobnicate' for calendly webhook/consumer; their values are not shown").doesNotContain(VALUE);
    }

    @Test
    void withAPrefixOnlyTheOptionsStartingWithItAreChecked() {
        Map<String, Object> leftOver = Map.of("other", VALUE, "query.", VALUE);

        check.refuseAny("calendly:raw?path=/users/me", Map.of("other", VALUE), "query.");
        CalendlyValidationException refusal = refusal("calendly:raw?path=/users/me", leftOver, "query.");

        assertThat(refusal.getOption()).isEqualTo("query.");
        assertThat(refusal.getMessage()).doesNotContain("'other'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"calendly:users?op=me, users/me", "calendly://users?op=me&x=1, users/me",
            "calendly:scheduledEvents?status=active&op=RAW(list), scheduledEvents/list",
            "calendly:webhook, webhook/consumer", "calendly:raw?path=/x, raw/request",
            "calendly:nothing?op=here, nothing/here", "calendly:users, users"})
    void operationIsReadFromTheUri(String uri, String operation) {
        assertThat(UnknownOptions.operationOf(uri)).isEqualTo(operation);
    }

    private CalendlyValidationException refusal(String uri, Map<String, Object> leftOver, String prefix) {
        return catchThrowableOfType(CalendlyValidationException.class,
                () -> check.refuseAny(uri, leftOver, prefix));
    }
}
