package io.github.camelcalendly.sandbox.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.auth.OrganizationRoles;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.groups.GroupDirectory;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.webhook.SampleWebhookData;
import io.github.camelcalendly.sandbox.webhook.SubscriptionRequest;
import io.github.camelcalendly.sandbox.webhook.WebhookEventNames;
import io.github.camelcalendly.sandbox.webhook.WebhookSigningKeys;

/**
 * {@code /webhook_subscriptions} (create, list, get, delete) and {@code GET /sample_webhook_data}. Subscriptions
 * are kept in Calendly's JSON shape; the signing key given at creation is kept aside and never shown.
 */
public final class WebhookSubscriptionsApi implements ApiModule {

    private final SandboxContext context;
    private final WebhookSigningKeys signingKeys;
    private final Pages pages;
    private final OrganizationRoles roles;
    private final GroupDirectory groups;

    public WebhookSubscriptionsApi(SandboxContext context) {
        this.context = context;
        this.signingKeys = context.webhookSigningKeys();
        this.pages = new Pages(context.baseUrl());
        this.roles = new OrganizationRoles(context.store());
        this.groups = new GroupDirectory(context.store());
    }

    @Override
    public void register(Router router) {
        router.post("/webhook_subscriptions", "webhooks:write", this::create);
        router.get("/webhook_subscriptions", "webhooks:read", this::list);
        router.get("/webhook_subscriptions/{webhook_uuid}", "webhooks:read",
                request -> ApiResponse.resource(visible(request).deepCopy()));
        router.delete("/webhook_subscriptions/{webhook_uuid}", "webhooks:write", this::delete);
        router.get("/sample_webhook_data", "webhooks:read", this::sample);
    }

    private ApiResponse create(ApiRequest request) {
        TokenGrant caller = request.caller();
        SubscriptionRequest wanted = SubscriptionRequest.parse(request.jsonBody(),
                context.options().httpsCallbacksOnly());
        List<String> missing = wanted.readScopes().stream().filter(scope -> !caller.grants(scope)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.insufficientScope(missing);
        }
        requireOwnOrganization(caller, wanted.organization());
        if (context.options().plan() == SandboxOptions.Plan.FREE && !wanted.contactEventsOnly()) {
            throw ApiException.permissionDenied("Please upgrade your Calendly account to Standard");
        }
        requireTarget(wanted.scope(), wanted.organization(), wanted.user(), wanted.group());
        requireMayManage(caller, wanted.scope(), wanted.user(), wanted.group());
        boolean duplicate = context.store().all(Kind.WEBHOOK_SUBSCRIPTION).stream()
                .anyMatch(existing -> sameHook(existing, wanted));
        if (duplicate) {
            throw ApiException.alreadyExists("Hook with this url already exists");
        }
        String uuid = context.store().newUuid();
        String uri = context.store().uri(Kind.WEBHOOK_SUBSCRIPTION, uuid);
        String now = Json.time(context.now());
        ObjectNode subscription = Json.object();
        subscription.put("uri", uri);
        subscription.put("callback_url", wanted.url());
        subscription.put("created_at", now);
        subscription.put("updated_at", now);
        subscription.putNull("retry_started_at");
        subscription.put("state", "active");
        wanted.events().forEach(subscription.putArray("events")::add);
        subscription.put("scope", wanted.scope());
        subscription.put("organization", wanted.organization());
        subscription.put("user", wanted.user());
        subscription.put("group", wanted.group());
        subscription.put("creator", caller.user());
        context.store().put(Kind.WEBHOOK_SUBSCRIPTION, uuid, subscription);
        if (wanted.signingKey() != null) {
            signingKeys.put(uri, wanted.signingKey());
        }
        context.activityLog().webhookCreated(caller.user(), subscription);
        return ApiResponse.created(subscription.deepCopy());
    }

    private ApiResponse list(ApiRequest request) {
        String organization = request.requireQuery("organization");
        String scope = request.queryEnum("scope", SubscriptionRequest.SCOPES.toArray(String[]::new))
                .orElseThrow(() -> ApiException.invalidArgument("scope", "is required"));
        String user = "user".equals(scope) ? request.requireQuery("user") : null;
        String group = "group".equals(scope) ? request.requireQuery("group") : null;
        String sort = request.queryEnum("sort", "created_at:asc", "created_at:desc").orElse("created_at:asc");
        requireOwnOrganization(request.caller(), organization);
        List<ObjectNode> matching = new ArrayList<>(context.store().all(Kind.WEBHOOK_SUBSCRIPTION).stream()
                .filter(subscription -> organization.equals(subscription.path("organization").asText()))
                .filter(subscription -> scope.equals(subscription.path("scope").asText()))
                .filter(subscription -> user == null || user.equals(subscription.path("user").asText()))
                .filter(subscription -> group == null || group.equals(subscription.path("group").asText()))
                .sorted(Comparator.comparing(subscription -> Json.parseTimeOrNull(
                        subscription.path("created_at").asText())))
                .map(ObjectNode::deepCopy)
                .toList());
        if (sort.endsWith(":desc")) {
            Collections.reverse(matching);
        }
        return pages.page(request, matching);
    }

    private ApiResponse delete(ApiRequest request) {
        ObjectNode subscription = visible(request);
        requireMayManage(request.caller(), subscription.path("scope").asText(),
                subscription.path("user").asText(null), subscription.path("group").asText(null));
        String uri = subscription.path("uri").asText();
        context.store().remove(Kind.WEBHOOK_SUBSCRIPTION, request.pathParam("webhook_uuid"));
        signingKeys.remove(uri);
        context.activityLog().webhookDeleted(request.caller().user(), subscription);
        return ApiResponse.noContent();
    }

    private ApiResponse sample(ApiRequest request) {
        String event = request.requireQuery("event");
        if (!WebhookEventNames.isKnown(event)) {
            throw ApiException.invalidArgument("event", "must be one of " + String.join(", ",
                    WebhookEventNames.all()));
        }
        String organization = request.requireQuery("organization");
        String scope = request.queryEnum("scope", SubscriptionRequest.SCOPES.toArray(String[]::new))
                .orElseThrow(() -> ApiException.invalidArgument("scope", "is required"));
        String user = "user".equals(scope) ? request.requireQuery("user") : null;
        String group = "group".equals(scope) ? request.requireQuery("group") : null;
        if (!WebhookEventNames.allowsScope(event, scope)) {
            throw ApiException.invalidArgument("event", event + " is not delivered to " + scope
                    + "-scoped subscriptions");
        }
        requireOwnOrganization(request.caller(), organization);
        requireTarget(scope, organization, user, group);
        String host = user != null ? user : request.caller().user();
        return ApiResponse.of(200, new SampleWebhookData(context).envelope(event, host, request.caller().user()));
    }

    /** The subscription the path names, when it belongs to the caller's organization; else 404. */
    private ObjectNode visible(ApiRequest request) {
        ObjectNode subscription = context.store().require(Kind.WEBHOOK_SUBSCRIPTION,
                request.pathParam("webhook_uuid"));
        if (!request.caller().organization().equals(subscription.path("organization").asText())) {
            throw ApiException.notFound();
        }
        return subscription;
    }

    private static void requireOwnOrganization(TokenGrant caller, String organization) {
        if (!organization.equals(caller.organization())) {
            throw ApiException.permissionDenied("You do not have permission to access this organization");
        }
    }

    /** The user or group a subscription names exists in the organization; 400 naming it otherwise. */
    private void requireTarget(String scope, String organization, String user, String group) {
        if ("user".equals(scope) && !roles.isMember(organization, user)) {
            throw ApiException.invalidArgument("user", "is not a member of the organization");
        }
        if ("group".equals(scope)) {
            roles.requireUriOf(Kind.GROUP, "group", group);
            ObjectNode found = groups.group(group).orElseThrow(ApiException::notFound);
            if (!organization.equals(found.path("organization").asText())) {
                throw ApiException.invalidArgument("group", "is not a group of the organization");
            }
        }
    }

    /** Organization-wide hooks and other users' hooks need an owner or admin; group hooks one of the group too. */
    private void requireMayManage(TokenGrant caller, String scope, String user, String group) {
        boolean privileged = roles.isManager(caller);
        if ("organization".equals(scope) && !privileged) {
            throw ApiException.permissionDenied(
                    "Only organization owners and admins can manage organization-scoped webhook subscriptions");
        }
        if ("user".equals(scope) && !caller.user().equals(user) && !privileged) {
            throw ApiException.permissionDenied(
                    "Only organization owners and admins can manage another user's webhook subscriptions");
        }
        if ("group".equals(scope) && !privileged && !groups.isAdminOf(group, caller.user())) {
            throw ApiException.permissionDenied(
                    "Only organization owners and admins and the group's admins can manage group-scoped webhook "
                            + "subscriptions");
        }
    }

    private static boolean sameHook(ObjectNode existing, SubscriptionRequest wanted) {
        return wanted.url().equals(existing.path("callback_url").asText())
                && wanted.scope().equals(existing.path("scope").asText())
                && wanted.organization().equals(existing.path("organization").asText())
                && Objects.equals(wanted.user(), existing.path("user").asText(null))
                && Objects.equals(wanted.group(), existing.path("group").asText(null));
    }
}
