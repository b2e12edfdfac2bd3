package io.github.camelcalendly.sandbox.contacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
 * {@code /notes}: private notes about the caller's own contacts. The list needs {@code contact} (1 to
 * {@value #MAX_CONTACTS} contact URIs, comma-separated), takes only {@code count} and {@code page_token} besides,
 * and is ordered by {@code updated_at}, newest first. A note needs a title or a body (title up to 255, body up to
 * 10000 characters) and may carry a {@code remind_at} time. Creating is not idempotent. Another user's note is 404.
 */
public final class NoteEndpoints implements ApiModule {

    static final int MAX_CONTACTS = 10;
    private static final Set<String> LIST_PARAMETERS = Set.of("contact", "count", "page_token");

    private final SandboxContext context;
    private final ContactBook book;

    public NoteEndpoints(SandboxContext context) {
        this.context = context;
        this.book = context.contactBook();
    }

    @Override
    public void register(Router router) {
        router.get("/notes", "contacts:read", this::list);
        router.post("/notes", "contacts:write", this::create);
        router.get("/notes/{uuid}", "contacts:read", request -> {
            ObjectNode note = context.store().require(Kind.NOTE, request.pathParam("uuid"));
            if (!book.owns(request.caller().user(), note.path("uri").asText())) {
                throw ApiException.notFound();
            }
            return ApiResponse.resource(note);
        });
    }

    private ApiResponse list(ApiRequest request) {
        request.query().keySet().stream().filter(name -> !LIST_PARAMETERS.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw ApiException.invalidArgument(name, "is not a filter of this list");
                });
        List<String> contacts = Arrays.stream(request.requireQuery("contact").split(","))
                .map(String::trim).filter(uri -> !uri.isEmpty()).distinct().toList();
        if (contacts.isEmpty() || contacts.size() > MAX_CONTACTS) {
            throw ApiException.invalidArgument("contact", "give 1 to " + MAX_CONTACTS + " contact URIs");
        }
        String caller = request.caller().user();
        contacts.forEach(uri -> requireOwnContact(caller, uri));
        List<ObjectNode> newestFirst = new ArrayList<>(context.store().all(Kind.NOTE));
        Collections.reverse(newestFirst);
        List<ObjectNode> items = newestFirst.stream()
                .filter(note -> book.owns(caller, note.path("uri").asText()))
                .filter(note -> contacts.contains(note.path("contact").asText()))
                .sorted(Comparator.comparing((ObjectNode note) -> note.path("updated_at").asText()).reversed())
                .toList();
        return new Pages(context.baseUrl()).page(request, items);
    }

    private ApiResponse create(ApiRequest request) {
        BodyReader body = new BodyReader(request.jsonBody(), Set.of("contact", "title", "body", "remind_at"));
        String caller = request.caller().user();
        String contact = body.requiredText("contact", 1000);
        requireOwnContact(caller, contact);
        String title = body.text("title", 255).filter(text -> !text.isEmpty()).orElse(null);
        String text = body.text("body", 10_000).filter(t -> !t.isEmpty()).orElse(null);
        if (title == null && text == null) {
            throw ApiException.invalidArgument("title", "a note needs a title or a body");
        }
        Instant remindAt = body.text("remind_at", 100).map(value -> {
            Instant time = Json.parseTimeOrNull(value);
            if (time == null) {
                throw ApiException.invalidArgument("remind_at", "must be an RFC 3339 time");
            }
            return time;
        }).orElse(null);
        String uuid = context.store().newUuid();
        Instant now = context.now().truncatedTo(ChronoUnit.MICROS);
        ObjectNode note = Json.object();
        note.put("uri", context.store().uri(Kind.NOTE, uuid));
        note.put("contact", contact);
        putNullable(note, "title", title);
        putNullable(note, "body", text);
        putNullable(note, "remind_at", remindAt == null ? null : Json.time(remindAt));
        note.put("created_at", Json.time(now));
        note.put("updated_at", Json.time(now));
        context.store().put(Kind.NOTE, uuid, note);
        book.own(note.path("uri").asText(), caller);
        return ApiResponse.created(note);
    }

    private void requireOwnContact(String caller, String contactUri) {
        boolean own = context.store().findByUri(Kind.CONTACT, contactUri).isPresent()
                && book.owns(caller, contactUri);
        if (!own) {
            throw ApiException.invalidArgument("contact", contactUri + " is not one of your contacts");
        }
    }

    private static void putNullable(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
