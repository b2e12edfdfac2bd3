package io.github.camelcalendly.sandbox.routing;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.EventAudience;

/**
 * A visitor submits a routing form: the submission is recorded at the sandbox's now and
 * {@code routing_form_submission.created} is raised at once, before any booking, with {@code submitter} null (as
 * Calendly does: the event fires whether the visitor books or not). The event reaches organization-scoped
 * subscriptions of the form's organization only, and names the organization's owner as its creator. Callers hold
 * the state lock.
 */
public final class RoutingFormVisits {

    public static final String SUBMISSION_CREATED = "routing_form_submission.created";

    private final SandboxContext context;

    public RoutingFormVisits(SandboxContext context) {
        this.context = context;
    }

    /**
     * Submits {@code answers} (by question text) to the form {@code formUri}; returns a copy of the submission.
     *
     * @throws IllegalArgumentException when there is no such form, or an answer or tracking field is wrong
     * @throws IllegalStateException    when the form is a draft
     */
    public ObjectNode submit(String formUri, Map<String, String> answers, Map<String, String> tracking) {
        ObjectNode form = context.store().findByUri(Kind.ROUTING_FORM, formUri)
                .orElseThrow(() -> new IllegalArgumentException("No routing form " + formUri));
        ObjectNode submission = new RoutingFormSubmissions(context.store()).record(form,
                RoutingFormSubmissions.copyOf(answers), RoutingFormSubmissions.copyOf(tracking), context.now());
        String organization = form.path("organization").asText();
        context.events().publish(new CalendlyEvent(SUBMISSION_CREATED, context.now(), ownerOf(organization),
                submission.deepCopy(), EventAudience.of(organization)));
        return submission.deepCopy();
    }

    private String ownerOf(String organization) {
        return context.store().all(Kind.MEMBERSHIP).stream()
                .filter(membership -> organization.equals(membership.path("organization").asText()))
                .filter(membership -> "owner".equals(membership.path("role").asText()))
                .map(membership -> membership.path("user").path("uri").asText())
                .findFirst()
                .orElse(null);
    }
}
