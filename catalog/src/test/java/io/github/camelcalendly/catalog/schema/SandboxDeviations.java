package io.github.camelcalendly.catalog.schema;

import java.util.Map;
import java.util.Set;

/**
 * Where the sandbox's answers disagree with Calendly's reference, as the output schemas see it. Each must keep
 * failing exactly at its locations, so that a fixed sandbox makes the test name the entry to remove.
 */
final class SandboxDeviations {

    /** A disagreement: the JSON pointers at which the answer fails its schema, and what Calendly sends instead. */
    record Deviation(Set<String> locations, String reason) {
    }

    private static final Deviation RECAP = new Deviation(Set.of("/payload/event/attendees/0", "/payload/recap/transcript"),
            "the sandbox's sample gives attendees as {name, email} where Calendly sends {host, user_email, user_name},"
            + " and the transcript's text where Calendly sends the transcript's URI");

    /** By webhook event: how the sandbox's GET /sample_webhook_data answer fails the sampleWebhookData/get schema. */
    static final Map<String, Deviation> SAMPLE_DATA = Map.of(
            "meeting_recap.created", RECAP,
            "meeting_recap.updated", RECAP);

    private SandboxDeviations() {
    }
}
