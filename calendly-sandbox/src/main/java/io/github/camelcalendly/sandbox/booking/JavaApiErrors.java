package io.github.camelcalendly.sandbox.booking;

import java.util.function.Supplier;

import io.github.camelcalendly.sandbox.http.ApiException;

/**
 * Turns the API's error answers into the exceptions a Java caller of the sandbox expects: a refused state change
 * (403) becomes {@link IllegalStateException}, bad input or an unknown resource {@link IllegalArgumentException},
 * with the parameter Calendly would name in the message.
 */
public final class JavaApiErrors {

    private JavaApiErrors() {
    }

    public static <T> T translate(Supplier<T> action) {
        try {
            return action.get();
        } catch (ApiException e) {
            String detail = e.details().stream().map(d -> d.parameter() + " " + d.message())
                    .reduce((a, b) -> a + "; " + b).orElse(e.getMessage());
            if (e.status() == 403) {
                throw new IllegalStateException(detail, e);
            }
            throw new IllegalArgumentException(detail, e);
        }
    }
}
