package io.github.camelcalendly.sandbox.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.enterprise.EnterpriseAccess;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code GET /outgoing_communications} (Enterprise; owners and admins): the emails Calendly sent for the
 * organization, newest first, filtered by {@code min_created_at} (inclusive) and {@code max_created_at}
 * (exclusive), with Calendly's paging.
 */
public final class OutgoingCommunicationsApi implements ApiModule {

    private final SandboxContext context;
    private final EnterpriseAccess access;

    public OutgoingCommunicationsApi(SandboxContext context) {
        this.context = context;
        this.access = new EnterpriseAccess(context);
    }

    @Override
    public void register(Router router) {
        router.get("/outgoing_communications", "outgoing_communications:read", this::list);
    }

    private ApiResponse list(ApiRequest request) {
        access.requireOrganizationReader(request, "You do not have permission to access this resource.");
        Optional<Instant> min = request.queryTime("min_created_at");
        Optional<Instant> max = request.queryTime("max_created_at");
        if (min.isPresent() && max.isPresent() && min.get().isAfter(max.get())) {
            throw ApiException.invalidArgument("min_created_at", "must not be after max_created_at");
        }
        // the sandbox has one organization: every message it sent is that organization's
        List<ObjectNode> messages = context.store().all(Kind.OUTGOING_COMMUNICATION);
        Collections.reverse(messages);
        List<ObjectNode> matching = messages.stream()
                .filter(message -> min.map(m -> !createdAt(message).isBefore(m)).orElse(true))
                .filter(message -> max.map(m -> createdAt(message).isBefore(m)).orElse(true))
                .sorted(Comparator.comparing(OutgoingCommunicationsApi::createdAt).reversed())
                .map(ObjectNode::deepCopy)
                .toList();
        return new Pages(context.baseUrl()).page(request, matching);
    }

    private static Instant createdAt(ObjectNode message) {
        return Json.parseTimeOrNull(message.path("created_at").asText());
    }
}
