package io.github.camelcalendly.sandbox.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.fixtures.CalendlyFixtures;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * The reference answers a sandbox answer is compared with: a fixture recorded by an independent Calendly client
 * ({@code calendlyr/...}, {@code koshilife/...}, {@code webhook-examples/...}), or, for endpoints no fixture covers,
 * a document under {@code documented/} in this module's test resources that lists the fields Calendly's API
 * reference documents for the answer (see {@code documented/README.md}).
 */
final class ReferenceShapes {

    private static final String DOCUMENTED = "documented/";

    private ReferenceShapes() {
    }

    /** The reference answer named {@code reference}. */
    static JsonNode reference(String reference) {
        if (!reference.startsWith(DOCUMENTED)) {
            return Json.parse(CalendlyFixtures.bytes(reference));
        }
        try (InputStream in = ReferenceShapes.class.getClassLoader().getResourceAsStream(reference)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + reference);
            }
            return Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails naming the fields (as {@link JsonShape} paths) that a reference answer has and {@code answer} lacks,
     * apart from the {@code excused} ones.
     */
    static void assertHasEveryFieldOf(String caseName, JsonNode answer, Collection<String> references,
            Set<String> excused) {
        JsonShape actual = JsonShape.of(answer);
        for (String reference : references) {
            Set<String> missing = new TreeSet<>(actual.missingFrom(JsonShape.of(reference(reference))));
            missing.removeAll(excused);
            assertThat(missing).as("%s lacks fields %s of %s; the sandbox answered %s", caseName, missing, reference,
                    answer).isEmpty();
        }
    }
}
