package io.github.camelcalendly.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place that makes the JSON mapper for Calendly's data, with read limits sized for what Calendly sends. An
 * answer beyond a limit is not valid JSON as far as the component is concerned and fails with a
 * {@link io.github.camelcalendly.CalendlyApiException}; a webhook delivery beyond one is refused with 400.
 * <p>
 * The limits leave room of several times the largest values Calendly answers with: a page of 100 items is some
 * hundred KB and the activity log's page of 1,000 entries a few MB; objects nest about ten levels deep; the longest
 * strings are meeting transcripts and notes, at most a few hundred KB; numbers are counts, durations and amounts:
 * <ul>
 * <li>{@value #MAX_DOCUMENT_LENGTH} bytes for a whole answer (Jackson's default: no limit);</li>
 * <li>{@value #MAX_STRING_LENGTH} characters for one string value (Jackson's default: 20,000,000);</li>
 * <li>{@value #MAX_NESTING_DEPTH} levels of nested objects and arrays (Jackson's default: 1,000);</li>
 * <li>{@value #MAX_NUMBER_LENGTH} characters for one number (Jackson's default: 1,000).</li>
 * </ul>
 */
public final class CalendlyJson {

    /** The most bytes a whole Calendly answer may have. */
    public static final long MAX_DOCUMENT_LENGTH = 16_000_000L;

    /** The most characters one string value may have. */
    public static final int MAX_STRING_LENGTH = 4_000_000;

    /** The deepest objects and arrays may nest. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The most characters one number may have. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private CalendlyJson() {
    }

    /** A new mapper for Calendly's data: every Jackson module on the class path, and the limits above. */
    public static ObjectMapper newObjectMapper() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints()).build();
        return JsonMapper.builder(factory).findAndAddModules().build();
    }

    /**
     * A mapper for Calendly's data built from the application's: a copy of {@code given} (so that nothing set here
     * reaches the application's mapper) with the limits above, or {@link #newObjectMapper()} when none is given.
     */
    public static ObjectMapper copyWithLimits(ObjectMapper given) {
        if (given == null) {
            return newObjectMapper();
        }
        ObjectMapper copy = given.copy();
        copy.getFactory().setStreamReadConstraints(constraints());
        return copy;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
    }
}
