package io.github.camelcalendly.sandbox.contacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Pages;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;

/**
 * {@code /contacts}: list (filters, {@code contact_list}, {@code sort}, {@code exclude}, Calendly paging), create,
 * get, update and delete. Contacts are private to the user who owns them: another user's contact answers 404 and
 * never shows in a list. Changes raise {@code contact.*} webhooks.
 */
public final class ContactEndpoints implements ApiModule {

    private static final String READ = "contacts:read";
    private static final String WRITE = "contacts:write";

    private final SandboxContext context;
    private final ContactBook book;
    private final ContactInput input;
    private final ContactRendering rendering;
    private final ContactEvents events;

    public ContactEndpoints(SandboxContext context) {
        this.context = context;
        this.book = context.contactBook();
        this.input = new ContactInput(context.store());
        this.rendering = new ContactRendering(context.store(), book);
        this.events = new ContactEvents(context);
    }

    @Override
    public void register(Router router) {
        router.get("/contacts", READ, this::list);
        router.post("/contacts", WRITE, this::create);
        router.get("/contacts/{uuid}", READ, request -> ApiResponse.resource(
                rendering.render(owned(request), withCustomFields(request), context.now())));
        router.patch("/contacts/{uuid}", WRITE, this::update);
        router.delete("/contacts/{uuid}", WRITE, this::delete);
    }

    private ApiResponse list(ApiRequest request) {
        String caller = request.caller().user();
        boolean withCustomFields = withCustomFields(request);
        Comparator<ObjectNode> order = order(request);
        Predicate<JsonNode> filters = ContactFilters.from(request);
        Predicate<ObjectNode> inList = request.query("contact_list").map(uri -> inList(caller, uri))
                .orElse(contact -> true);
        List<ObjectNode> items = context.store().all(Kind.CONTACT).stream()
                .filter(contact -> book.owns(caller, contact.path("uri").asText()))
                .filter(filters::test)
                .filter(inList)
                .sorted(order)
                .map(contact -> rendering.render(contact, withCustomFields, context.now()))
                .toList();
        return new Pages(context.baseUrl()).page(request, items);
    }

    private Predicate<ObjectNode> inList(String caller, String listUri) {
        ObjectNode list = context.store().findByUri(Kind.CONTACT_LIST, listUri)
                .filter(found -> book.owns(caller, listUri))
                .orElseThrow(() -> ApiException.invalidArgument("contact_list", "is not one of your Lists or Views"));
        Map<String, String> viewFilters = book.viewFilters(list.path("uri").asText()).orElse(null);
        if (viewFilters != null) {
            return contact -> ContactFilters.matchesView(contact, viewFilters);
        }
        Set<String> members = book.members(listUri);
        return contact -> members.contains(contact.path("uri").asText());
    }

    private static Comparator<ObjectNode> order(ApiRequest request) {
        String sort = request.queryEnum("sort", "created_at", "created_at:asc", "created_at:desc", "updated_at",
                "updated_at:asc", "updated_at:desc").orElse("created_at:asc");
        String field = sort.split(":")[0];
        Comparator<ObjectNode> ascending = Comparator.comparing(contact -> contact.path(field).asText());
        return sort.endsWith(":desc") ? ascending.reversed() : ascending;
    }

    private static boolean withCustomFields(ApiRequest request) {
        return request.queryEnum("exclude", "custom_fields").isEmpty();
    }

    private ApiResponse create(ApiRequest request) {
        BodyReader body = input.forCreate(request.jsonBody());
        String caller = request.caller().user();
        String uuid = context.store().newUuid();
        String uri = context.store().uri(Kind.CONTACT, uuid);
        Instant now = now();
        ObjectNode contact = Json.object();
        contact.put("uri", uri);
        contact.put("app_url", "https://calendly.com/app/contacts/" + uuid);
        for (String field : List.of("name", "timezone", "job_title", "company", "country", "state", "city",
                "linkedin")) {
            contact.putNull(field);
        }
        contact.putArray("emails");
        contact.putArray("phone_numbers");
        contact.putNull("first_email_date");
        contact.putNull("last_email_date");
        contact.put("created_at", Json.time(now));
        contact.put("updated_at", Json.time(now));
        Map<String, JsonNode> values = new LinkedHashMap<>();
        input.apply(body, contact, values);
        requireUniqueEmails(caller, contact, null);
        context.store().put(Kind.CONTACT, uuid, contact);
        book.own(uri, caller);
        book.customValues(uri).putAll(values);
        ObjectNode rendered = rendering.render(contact, true, context.now());
        events.changed("contact.created", caller, rendered, now);
        return ApiResponse.created(rendered);
    }

    private ApiResponse update(ApiRequest request) {
        ObjectNode stored = owned(request);
        BodyReader body = input.forUpdate(request.jsonBody());
        ObjectNode changed = stored.deepCopy();
        String uri = stored.path("uri").asText();
        Map<String, JsonNode> values = new LinkedHashMap<>(book.customValues(uri));
        input.apply(body, changed, values);
        String caller = request.caller().user();
        requireUniqueEmails(caller, changed, uri);
        Instant now = now();
        changed.put("updated_at", Json.time(now));
        context.store().put(Kind.CONTACT, request.pathParam("uuid"), changed);
        book.customValues(uri).clear();
        book.customValues(uri).putAll(values);
        ObjectNode rendered = rendering.render(changed, true, context.now());
        events.changed("contact.updated", caller, rendered, now);
        return ApiResponse.resource(rendered);
    }

    private ApiResponse delete(ApiRequest request) {
        ObjectNode contact = owned(request);
        String uri = contact.path("uri").asText();
        ContactRemoval.remove(context, uri);
        events.deleted(request.caller().user(), uri, now());
        return ApiResponse.noContent();
    }

    /** The caller's contact named by the path; 404 for an unknown one or another user's. */
    private ObjectNode owned(ApiRequest request) {
        ObjectNode contact = context.store().require(Kind.CONTACT, request.pathParam("uuid"));
        if (!book.owns(request.caller().user(), contact.path("uri").asText())) {
            throw ApiException.notFound();
        }
        return contact;
    }

    /** 409 when another of the caller's contacts already has one of this contact's emails. */
    private void requireUniqueEmails(String caller, ObjectNode contact, String self) {
        Set<String> emails = ContactRendering.emailsOf(contact);
        boolean taken = context.store().all(Kind.CONTACT).stream()
                .filter(other -> !other.path("uri").asText().equals(self))
                .filter(other -> book.owns(caller, other.path("uri").asText()))
                .anyMatch(other -> ContactRendering.emailsOf(other).stream().anyMatch(emails::contains));
        if (taken) {
            throw ApiException.alreadyExists("Another of your contacts already has one of these emails");
        }
    }

    private Instant now() {
        return context.now().truncatedTo(ChronoUnit.MICROS);
    }
}
