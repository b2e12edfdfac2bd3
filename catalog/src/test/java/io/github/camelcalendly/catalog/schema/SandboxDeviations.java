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

    private static final Deviation CONTACT = new Deviation(Set.of("/payload/contact"),
            "the sandbox's sample contact has first_name, last_name, email, phone_number and owner where Calendly"
            + " sends a Contact: name, emails [{email, is_primary}], phone_numbers [{phone_number}], creation_source");

    /** By webhook event: how the sandbox's GET /sample_webhook_data answer fails the sampleWebhookData/get schema. */
    static final Map<String, Deviation> SAMPLE_DATA = Map.of(
            "contact.created", CONTACT,
            "contact.updated", CONTACT);

    private SandboxDeviations() {
    }
}
