package io.github.camelcalendly.sandbox.api;

import java.util.Comparator;
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
import io.github.camelcalendly.sandbox.routing.RoutingForms;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * Routing forms and their submissions, read only ({@code routing_forms:read}): forms by organization
 * ({@code organization} required), submissions by form ({@code form} required), both sorted by {@code created_at}
 * (ascending unless {@code sort=created_at:desc}) with Calendly's paging, and each by uuid. A caller sees the forms
 * of its own organization only (403 otherwise).
 */
public final class RoutingFormsApi implements ApiModule {

    private static final String[] SORTS = {"created_at:asc", "created_at:desc"};

    private final SandboxContext context;
    private final OrganizationRoles roles;

    public RoutingFormsApi(SandboxContext context) {
        this.context = context;
        this.roles = new OrganizationRoles(context.store());
    }

    @Override
    public void register(Router router) {
        router.get("/routing_forms", "routing_forms:read", this::listForms);
        router.get("/routing_forms/{uuid}", "routing_forms:read", request -> {
            ObjectNode form = context.store().require(Kind.ROUTING_FORM, request.pathParam("uuid"));
            requireOwn(request, form.path("organization").asText());
            return ApiResponse.resource(RoutingForms.view(form));
        });
        router.get("/routing_form_submissions", "routing_forms:read", this::listSubmissions);
        router.get("/routing_form_submissions/{uuid}", "routing_forms:read", request -> {
            ObjectNode submission = context.store().require(Kind.ROUTING_FORM_SUBMISSION, request.pathParam("uuid"));
            ObjectNode form = context.store().findByUri(Kind.ROUTING_FORM, submission.path("routing_form").asText())
                    .orElseThrow(ApiException::notFound);
            requireOwn(request, form.path("organization").asText());
            return ApiResponse.resource(submission);
        });
    }

    private ApiResponse listForms(ApiRequest request) {
        String organization = roles.requireUriOf(Kind.ORGANIZATION, "organization",
                request.requireQuery("organization"));
        boolean descending = descending(request);
        requireOwn(request, organization);
        List<ObjectNode> forms = sorted(new RoutingForms(context.store()).of(organization), descending).stream()
                .map(RoutingForms::view)
                .toList();
        return new Pages(context.baseUrl()).page(request, forms);
    }

    private ApiResponse listSubmissions(ApiRequest request) {
        String formUri = roles.requireUriOf(Kind.ROUTING_FORM, "form", request.requireQuery("form"));
        boolean descending = descending(request);
        ObjectNode form = context.store().findByUri(Kind.ROUTING_FORM, formUri).orElseThrow(ApiException::notFound);
        requireOwn(request, form.path("organization").asText());
        List<ObjectNode> submissions = context.store().all(Kind.ROUTING_FORM_SUBMISSION).stream()
                .filter(submission -> formUri.equals(submission.path("routing_form").asText()))
                .toList();
        return new Pages(context.baseUrl()).page(request, sorted(submissions, descending));
    }

    private static boolean descending(ApiRequest request) {
        return request.queryEnum("sort", SORTS).map("created_at:desc"::equals).orElse(false);
    }

    /** Oldest first (ties in creation order), or newest first. */
    private static List<ObjectNode> sorted(List<ObjectNode> items, boolean descending) {
        Comparator<ObjectNode> byCreation = Comparator.comparing(item -> item.path("created_at").asText());
        return items.stream().sorted(descending ? byCreation.reversed() : byCreation).toList();
    }

    private void requireOwn(ApiRequest request, String organization) {
        roles.requireOwnOrganization(request.caller(), organization);
    }
}
