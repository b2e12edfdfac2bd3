package io.github.camelcalendly.sandbox.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code GET /event_type_memberships?event_type=}: one item per host of the event type, with the event type and
 * the host (under {@code member}) embedded. A membership's URI is derived from the event type and the host, so it
 * stays the same across calls.
 */
public final class EventTypeMembershipsApi implements ApiModule {

    private static final char[] LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public EventTypeMembershipsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/event_type_memberships", "event_types:read", this::list);
    }

    private ApiResponse list(ApiRequest request) {
        String uri = roles.requireUriOf(Kind.EVENT_TYPE, "event_type", request.requireQuery("event_type"));
        ObjectNode eventType = context.store().findByUri(Kind.EVENT_TYPE, uri).orElseThrow(ApiException::notFound);
        List<String> hosts = context.store().hostsOf(eventType);
        if (hosts.stream().noneMatch(host -> roles.isMember(request.caller().organization(), host))) {
            throw ApiException.permissionDenied("You do not have permission to access this resource.");
        }
        List<ObjectNode> items = new ArrayList<>();
        for (String host : hosts) {
            context.store().findByUri(Kind.USER, host).ifPresent(user -> items.add(item(eventType, user)));
        }
        return new Pages(context.baseUrl()).page(request, items);
    }

    private ObjectNode item(ObjectNode eventType, ObjectNode user) {
        ObjectNode item = Json.object();
        item.put("uri", context.baseUrl() + "/event_type_memberships/"
                + stableId(eventType.path("uri").asText(), user.path("uri").asText()));
        item.set("event_type", eventType.deepCopy());
        item.set("member", user.deepCopy());
        item.set("updated_at", eventType.get("updated_at"));
        item.set("created_at", eventType.get("created_at"));
        return item;
    }

    private static String stableId(String eventType, String user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((eventType + "|" + user).getBytes(StandardCharsets.UTF_8));
            char[] id = new char[16];
            for (int i = 0; i < id.length; i++) {
                id[i] = LETTERS[(digest[i] & 0xff) % LETTERS.length];
            }
            return new String(id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
