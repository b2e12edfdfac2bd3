package io.github.camelcalendly.sandbox.contacts;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * {@code /contact_lists}: a user's Lists ({@code static_list}, contacts added and removed by hand) and Views
 * ({@code dynamic_view}, saved filters), private to that user. The list answers all of them at once (not paged,
 * {@code type} filter). Only Lists can be created; names are unique per user ignoring case, accents and outer
 * spaces (409); a user has at most {@value #MAX_LISTS} Lists and Views (403 past that). Both can be renamed. Adding
 * and removing contacts (up to {@value #MAX_CONTACTS} URIs a call) is idempotent, answers how many contacts were
 * processed and which were invalid (unknown or another user's), and is refused with 409 for a View.
 */
public final class ContactListEndpoints implements ApiModule {

    static final int MAX_LISTS = 25;
    static final int MAX_CONTACTS = 500;

    private final SandboxContext context;
    private final ContactBook book;

    public ContactListEndpoints(SandboxContext context) {
        this.context = context;
        this.book = context.contactBook();
    }

    @Override
    public void register(Router router) {
        router.get("/contact_lists", "contacts:read", this::list);
        router.post("/contact_lists", "contacts:write", this::create);
        router.get("/contact_lists/{uuid}", "contacts:read", request -> ApiResponse.resource(render(owned(request))));
        router.patch("/contact_lists/{uuid}", "contacts:write", this::rename);
        router.post("/contact_lists/{uuid}/memberships", "contacts:write", request -> changeMembers(request, true));
        router.post("/contact_lists/{uuid}/memberships/removal", "contacts:write",
                request -> changeMembers(request, false));
    }

    private ApiResponse list(ApiRequest request) {
        String type = request.queryEnum("type", "static_list", "dynamic_view").orElse(null);
        List<ObjectNode> items = listsOf(request.caller().user()).stream()
                .filter(list -> type == null || type.equals(list.path("type").asText()))
                .map(this::render)
                .toList();
        ApiResponse page = Pages.unpaged(items);
        ObjectNode pagination = ((ObjectNode) page.body()).putObject("pagination");
        pagination.put("count", items.size());
        for (String field : List.of("next_page", "previous_page", "next_page_token", "previous_page_token")) {
            pagination.putNull(field);
        }
        return page;
    }

    private ApiResponse create(ApiRequest request) {
        BodyReader body = new BodyReader(request.jsonBody(), Set.of("name", "contacts"));
        String name = body.requiredText("name", 255);
        List<String> contacts = contactUris(body, false);
        String caller = request.caller().user();
        requireFreeName(caller, name, null);
        if (listsOf(caller).size() >= MAX_LISTS) {
            throw ApiException.permissionDenied("You can have at most " + MAX_LISTS + " Lists and Views");
        }
        String uuid = context.store().newUuid();
        Instant now = now();
        ObjectNode list = Json.object();
        list.put("uri", context.store().uri(Kind.CONTACT_LIST, uuid));
        list.put("name", name);
        list.put("type", "static_list");
        list.put("created_at", Json.time(now));
        list.put("updated_at", Json.time(now));
        context.store().put(Kind.CONTACT_LIST, uuid, list);
        book.own(list.path("uri").asText(), caller);
        ObjectNode result = apply(caller, list, contacts, true);
        ObjectNode created = render(list);
        created.set("membership_result", result);
        return ApiResponse.created(created);
    }

    private ApiResponse rename(ApiRequest request) {
        ObjectNode list = owned(request);
        BodyReader body = new BodyReader(request.jsonBody(), Set.of("name"));
        String name = body.requiredText("name", 255);
        requireFreeName(request.caller().user(), name, list.path("uri").asText());
        list.put("name", name);
        list.put("updated_at", Json.time(now()));
        return ApiResponse.resource(render(list));
    }

    private ApiResponse changeMembers(ApiRequest request, boolean add) {
        ObjectNode list = owned(request);
        BodyReader body = new BodyReader(request.jsonBody(), Set.of("contacts"));
        List<String> contacts = contactUris(body, true);
        if (book.viewFilters(list.path("uri").asText()).isPresent()) {
            throw new ApiException(409, "Already Exists",
                    "A View's saved filters decide its contacts; add or remove contacts on a List instead");
        }
        ObjectNode result = apply(request.caller().user(), list, contacts, add);
        list.put("updated_at", Json.time(now()));
        return ApiResponse.resource(result);
    }

    /**
     * Adds or removes the contacts the caller owns; the others are invalid. The report: {@code processed} (valid
     * contacts, whether or not they were already on or off the List), {@code invalid} and
     * {@code failed_contacts} (the URIs that were not added or removed).
     */
    private ObjectNode apply(String caller, ObjectNode list, List<String> contacts, boolean add) {
        Set<String> members = book.members(list.path("uri").asText());
        int processed = 0;
        List<String> failed = new ArrayList<>();
        for (String uri : contacts) {
            boolean valid = context.store().findByUri(Kind.CONTACT, uri).isPresent() && book.owns(caller, uri);
            if (!valid) {
                failed.add(uri);
                continue;
            }
            processed++;
            if (add) {
                members.add(uri);
            } else {
                members.remove(uri);
            }
        }
        ObjectNode result = Json.object();
        result.put("processed", processed);
        result.put("invalid", failed.size());
        ArrayNode failedContacts = result.putArray("failed_contacts");
        failed.forEach(failedContacts::add);
        return result;
    }

    private List<String> contactUris(BodyReader body, boolean required) {
        ArrayNode given = body.array("contacts", MAX_CONTACTS).orElse(null);
        if (given == null || (required && given.isEmpty())) {
            if (required) {
                throw ApiException.invalidArgument("contacts", "is required: 1 to " + MAX_CONTACTS + " contact URIs");
            }
            return List.of();
        }
        Set<String> uris = new LinkedHashSet<>();
        for (JsonNode item : given) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ApiException.invalidArgument("contacts", "every item must be a contact URI");
            }
            uris.add(item.asText().trim());
        }
        return List.copyOf(uris);
    }

    private void requireFreeName(String caller, String name, String self) {
        String key = nameKey(name);
        boolean taken = listsOf(caller).stream()
                .filter(list -> !list.path("uri").asText().equals(self))
                .anyMatch(list -> nameKey(list.path("name").asText()).equals(key));
        if (taken) {
            throw ApiException.alreadyExists("You already have a List or View with this name");
        }
    }

    private static String nameKey(String name) {
        return Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private List<ObjectNode> listsOf(String user) {
        return context.store().all(Kind.CONTACT_LIST).stream()
                .filter(list -> book.owns(user, list.path("uri").asText()))
                .toList();
    }

    private ObjectNode owned(ApiRequest request) {
        ObjectNode list = context.store().require(Kind.CONTACT_LIST, request.pathParam("uuid"));
        if (!book.owns(request.caller().user(), list.path("uri").asText())) {
            throw ApiException.notFound();
        }
        return list;
    }

    /** The list with {@code contact_count}: the members of a List (contacts that still exist), null for a View. */
    private ObjectNode render(ObjectNode list) {
        ObjectNode rendered = list.deepCopy();
        String uri = list.path("uri").asText();
        if (book.viewFilters(uri).isPresent()) {
            rendered.putNull("contact_count");
        } else {
            rendered.put("contact_count", book.members(uri).size());
        }
        return rendered;
    }

    private Instant now() {
        return context.now().truncatedTo(ChronoUnit.MICROS);
    }
}
