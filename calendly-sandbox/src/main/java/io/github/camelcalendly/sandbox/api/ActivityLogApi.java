package io.github.camelcalendly.sandbox.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.enterprise.ActivityLogQuery;
import io.github.camelcalendly.sandbox.enterprise.EnterpriseAccess;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code GET /activity_log_entries} (Enterprise; owners and admins): the organization's activity log with
 * Calendly's filters, its sort, paging up to 1000 entries a page, and the totals Calendly adds to the page:
 * {@code total_count} (every matching entry), {@code exceeds_max_total_count} (true when more than
 * {@value #MAX_TOTAL_COUNT} match, {@code total_count} then being capped there) and {@code last_event_time}
 * (the newest {@code occurred_at} on the page, null for an empty page).
 */
public final class ActivityLogApi implements ApiModule {

    /** The most {@code total_count} tells; beyond it {@code exceeds_max_total_count} is true. */
    public static final int MAX_TOTAL_COUNT = 10_000;

    private static final int MAX_PAGE_SIZE = 1000;

    private final SandboxContext context;
    private final EnterpriseAccess access;
    private final OrganizationRoles roles;

    public ActivityLogApi(SandboxContext context) {
        this.context = context;
        this.access = new EnterpriseAccess(context);
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/activity_log_entries", "activity_log:read", this::list);
    }

    private ApiResponse list(ApiRequest request) {
        String organization = access.requireOrganizationReader(request,
                "You do not have permission to access this resource.");
        ActivityLogQuery query = ActivityLogQuery.of(request, roles);
        List<ObjectNode> matching = query.apply(context.store().all(Kind.ACTIVITY_LOG_ENTRY), organization).stream()
                .map(ObjectNode::deepCopy).toList();
        ApiResponse page = new Pages(context.baseUrl()).page(request, matching, MAX_PAGE_SIZE);
        ObjectNode body = (ObjectNode) page.body();
        body.put("total_count", Math.min(matching.size(), MAX_TOTAL_COUNT));
        body.put("exceeds_max_total_count", matching.size() > MAX_TOTAL_COUNT);
        String newest = null;
        for (var entry : body.path("collection")) {
            String occurredAt = entry.path("occurred_at").asText();
            if (newest == null || occurredAt.compareTo(newest) > 0) {
                newest = occurredAt;
            }
        }
        if (newest == null) {
            body.putNull("last_event_time");
        } else {
            body.put("last_event_time", newest);
        }
        return page;
    }
}
