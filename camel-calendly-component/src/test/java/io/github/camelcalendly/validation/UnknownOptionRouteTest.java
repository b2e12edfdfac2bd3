package io.github.camelcalendly.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;

import io.github.camelcalendly.CalendlyTestSupport;
import io.github.camelcalendly.CapturedLogs;
import io.github.camelcalendly.CalendlyValidationException;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A route whose calendly URI has an option the component does not know fails when it is added, naming the option and
 * the one meant, and never showing the value: a secret under a wrong name must not end up in an exception or a log.
 */
class UnknownOptionRouteTest extends CalendlyTestSupport {

    private static final String SECRET = "pat-X-4b1d7e0c93a2";

    private CapturedLogs logs;

    @AfterEach
    void detachLogs() {
        if (logs != null) {
            logs.close();
        }
    }

    static Stream<Arguments> secretsUnderAnotherName() {
        return Stream.of(
                arguments("access_token", "accessToken"),
                arguments("signing_key", "signingKey"),
                arguments("ACCESS_TOKEN", "accessToken"),
                arguments("Signing_Key", "signingKey"),
                arguments("acessToken", "accessToken"),
                arguments("client_secret", "clientSecret"),
                arguments("refresh_token", "refreshToken"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretsUnderAnotherName")
    void secretUnderAnUnknownNameIsRefusedWithTheRightNameAndWithoutItsValue(String given, String meant) {
        logs = CapturedLogs.attachWithCamelAt(org.apache.logging.log4j.Level.DEBUG);

        Throwable failure = addRoute("calendly:users?op=me&" + given + "=RAW(" + SECRET + ")");

        assertNoSecretIn(failure);
        assertThat(logs.lines()).as("Camel logged the endpoint it was creating")
                .anySatisfy(line -> assertThat(line).contains("Creating endpoint", given + "=xxxxxx"));
        logs.lines().forEach(UnknownOptionRouteTest::assertNoSecretIn);
        CalendlyValidationException refusal = refusalIn(failure);
        assertThat(refusal.getOption()).isEqualTo(given);
        assertThat(refusal.getOperation()).isEqualTo("users/me");
        assertThat(refusal.getMessage()).contains("'" + given + "' (", "'" + meant + "'", "users/me");
        assertThat(failure.getMessage()).as("the route's failure").contains("'" + given + "' (", "'" + meant + "'");
        assertThat(chainText(failure)).doesNotContain("Unknown parameters=");
        assertNoCallToCalendly();
    }

    static Stream<Arguments> knownSecretOptions() {
        return Stream.of(
                arguments("calendly:users?op=me&accessToken="),
                arguments("calendly:users?op=me&access-token="),
                arguments("calendly:webhook?events=invitee.created&webhookAutoRegister=false&signingKey="),
                arguments("calendly:webhook?events=invitee.created&webhookAutoRegister=false&signing-key="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownSecretOptions")
    void knownSecretOptionStaysMaskedWhenTheEndpointFailsForAnotherReason(String secretOption) {
        logs = CapturedLogs.attachWithCamelAt(org.apache.logging.log4j.Level.DEBUG);

        Throwable failure = addRoute(secretOption + "RAW(" + SECRET + ")&minStartTme=2026");

        assertNoSecretIn(failure);
        logs.lines().forEach(UnknownOptionRouteTest::assertNoSecretIn);
        assertThat(refusalIn(failure).getOption()).isEqualTo("minStartTme");
    }

    @Test
    void misspelledOptionIsNamedWithTheNearestKnownOne() {
        Throwable failure = addRoute("calendly:scheduledEvents?op=list&minStartTme=2026-05-01T00:00:00Z");

        CalendlyValidationException refusal = refusalIn(failure);
        assertThat(refusal.getOption()).isEqualTo("minStartTme");
        assertThat(refusal.getMessage()).contains("'minStartTme' (did you mean 'minStartTime'?)",
                "scheduledEvents/list").doesNotContain("2026-05-01");
    }

    // Camel's own wrapper shows the endpoint URI as its sanitizer masks it: the component's messages never show an
    // unknown option's value, but only secret-like names (the spellings above, or any with token, secret, password
    // in them) are masked in the URI Camel prints around them

    @Test
    void optionFarFromEveryKnownOneIsNamedWithoutAGuessNorItsValue() {
        Throwable failure = addRoute("calendly:users?op=me&frobnicate=RAW(" + SECRET + ")");

        CalendlyValidationException refusal = refusalIn(failure);
        assertThat(refusal.getMessage().contains(SECRET)).as("the refusal shows the value").isFalse();
        assertThat(refusal.getMessage()).contains("'frobnicate' for calendly users/me").doesNotContain("did you mean");
    }

    @Test
    void everyUnknownOptionIsNamedWithTheOneMeantAndNoneWithItsValue() {
        Throwable failure = addRoute("calendly:users?op=me&access_token=RAW(" + SECRET + ")&colour=RAW(" + SECRET
                                     + ")&minStartTme=2026");

        CalendlyValidationException refusal = refusalIn(failure);
        assertThat(refusal.getOption()).isEqualTo("access_token");
        assertThat(refusal.getMessage().contains(SECRET)).as("the refusal shows a value").isFalse();
        assertThat(refusal.getMessage()).contains("Unknown options 'access_token' (did you mean 'accessToken'?),"
                + " 'colour' (did you mean 'color'?), 'minStartTme' (did you mean 'minStartTime'?) for calendly users/me")
                .doesNotContain("2026");
    }

    private Throwable addRoute(String endpointUri) {
        return catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").routeId("misconfigured").to(endpointUri);
            }
        }));
    }

    /** The component's own refusal, somewhere in the chain of the route's failure. */
    private static CalendlyValidationException refusalIn(Throwable failure) {
        assertThat(failure).isInstanceOf(FailedToCreateRouteException.class);
        Throwable cause = failure;
        while (cause != null && !(cause instanceof CalendlyValidationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("a CalendlyValidationException in the chain of %s", failure.getClass().getName())
                .isNotNull();
        return (CalendlyValidationException) cause;
    }

    /** Every message of the chain, with stack traces and suppressed exceptions, as printed. */
    private static String chainText(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static void assertNoSecretIn(Throwable failure) {
        assertThat(failure != null).as("adding the route failed").isTrue();
        assertNoSecretIn(chainText(failure));
    }

    private static void assertNoSecretIn(String text) {
        // reported without printing the text, which would show the secret when the check fails
        assertThat(text.contains(SECRET)).as("the text holds the secret").isFalse();
    }
}
