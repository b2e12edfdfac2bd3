package io.github.camelcalendly.benchmarks.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder.Answer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * The precomputed answers of a Calendly {@code GET /scheduled_events} collection of a given size, in pages of
 * {@value #PAGE_SIZE}, linked by {@code page_token} ({@code next_page} and {@code next_page_token}).
 * <p>
 * So that the heap measured in the same JVM is not the server's, the bytes live outside the heap: {@value #BLOCKS}
 * distinct blocks of {@value #PAGE_SIZE} scheduled events (about 100 KB each) are encoded once into direct memory, and
 * each page is its block followed by its own pagination object, joined without copying. Page {@code p} carries block
 * {@code p % BLOCKS}, so items repeat every {@value #BLOCKS} pages; a list never deduplicates, so that changes nothing
 * for what is measured.
 */
final class ScheduledEventPages {

    static final int PAGE_SIZE = 100;
    static final int BLOCKS = 10;
    static final String PATH = "/scheduled_events";
    static final String USER_UUID = "BENCHUSER0000000";

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json; charset=utf-8");

    private final List<Answer> pages;
    private final Answer notFound = Answer.json(404, "{\"title\":\"Resource Not Found\","
            + "\"message\":\"The benchmark serves " + PATH + " only\"}");

    private ScheduledEventPages(List<Answer> pages) {
        this.pages = pages;
    }

    /**
     * The pages of {@code items} scheduled events served from {@code baseUrl}.
     *
     * @throws IllegalArgumentException when {@code items} is not a positive multiple of the page size
     */
    // Buffer.buffer(ByteBuf) is deprecated in Vert.x 4.5 but is its public way to serve bytes held outside the heap
    @SuppressWarnings("deprecation")
    static ScheduledEventPages build(String baseUrl, int items) {
        if (items <= 0 || items % PAGE_SIZE != 0) {
            throw new IllegalArgumentException("The item count must be a positive multiple of " + PAGE_SIZE
                    + ", got " + items);
        }
        ByteBuf[] blocks = new ByteBuf[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) {
            blocks[b] = direct(block(baseUrl, b));
        }
        int pageCount = items / PAGE_SIZE;
        List<Answer> pages = new ArrayList<>(pageCount);
        for (int p = 0; p < pageCount; p++) {
            ByteBuf pagination = direct(pagination(baseUrl, p, pageCount));
            ByteBuf page = Unpooled.wrappedUnmodifiableBuffer(blocks[p % BLOCKS].duplicate(), pagination);
            pages.add(new Answer(200, JSON, Buffer.buffer(page)));
        }
        return new ScheduledEventPages(List.copyOf(pages));
    }

    /** The answer to {@code request}: the page its {@code page_token} names, the first without one. */
    Answer answer(HttpServerRequest request) {
        if (!PATH.equals(request.path())) {
            return notFound;
        }
        String token = request.getParam("page_token");
        if (token == null) {
            return pages.get(0);
        }
        int page = pageOf(token);
        return page >= 0 && page < pages.size() ? pages.get(page) : notFound;
    }

    /** How many pages the collection has. */
    int pageCount() {
        return pages.size();
    }

    /** The user URI the listing is for. */
    static String userUri(String baseUrl) {
        return baseUrl + "/users/" + USER_UUID;
    }

    /** The URL of the first page, as a hand-written client asks for it. */
    static String firstPageUrl(String baseUrl) {
        return baseUrl + PATH + "?count=" + PAGE_SIZE + "&user=" + userUri(baseUrl);
    }

    private static String token(int page) {
        return "page" + page;
    }

    private static int pageOf(String token) {
        if (!token.startsWith("page")) {
            return -1;
        }
        try {
            return Integer.parseInt(token.substring(4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String block(String baseUrl, int block) {
        StringBuilder json = new StringBuilder("{\"collection\":[");
        for (int i = 0; i < PAGE_SIZE; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(event(baseUrl, String.format("EVENT%04d%07d", block, i), i));
        }
        return json.append("],").toString();
    }

    /** A scheduled event shaped like Calendly's, about 1 KB. */
    private static String event(String baseUrl, String uuid, int minute) {
        String start = String.format("2026-06-01T%02d:%02d:00.000000Z", 8 + minute / 60, minute % 60);
        String end = String.format("2026-06-01T%02d:%02d:30.000000Z", 8 + minute / 60, minute % 60);
        return "{\"uri\":\"" + baseUrl + "/scheduled_events/" + uuid + "\",\"name\":\"30 Minute Meeting\","
                + "\"meeting_notes_plain\":\"Agenda: the quarterly plan\",\"meeting_notes_html\":\"<p>Agenda: the"
                + " quarterly plan</p>\",\"status\":\"active\",\"start_time\":\"" + start + "\",\"end_time\":\""
                + end + "\",\"event_type\":\"" + baseUrl + "/event_types/BENCHTYPE0000000\","
                + "\"location\":{\"type\":\"google_conference\",\"status\":\"pushed\","
                + "\"join_url\":\"https://meet.google.com/abc-defg-hij\",\"data\":{\"conference_id\":\"abc-defg-hij\"}},"
                + "\"invitees_counter\":{\"total\":1,\"active\":1,\"limit\":1},"
                + "\"created_at\":\"2026-05-01T09:00:00.000000Z\",\"updated_at\":\"2026-05-01T09:00:00.000000Z\","
                + "\"event_memberships\":[{\"user\":\"" + userUri(baseUrl) + "\",\"user_email\":\"owner@example.com\","
                + "\"user_name\":\"Owner\",\"buffered_start_time\":\"" + start + "\",\"buffered_end_time\":\"" + end
                + "\"}],\"event_guests\":[{\"email\":\"guest@example.com\","
                + "\"created_at\":\"2026-05-01T09:00:00.000000Z\",\"updated_at\":\"2026-05-01T09:00:00.000000Z\"}],"
                + "\"calendar_event\":{\"kind\":\"google\",\"external_id\":\"" + uuid.toLowerCase() + "\"}}";
    }

    private static String pagination(String baseUrl, int page, int pageCount) {
        boolean last = page == pageCount - 1;
        String next = last ? "null" : "\"" + firstPageUrl(baseUrl) + "&page_token=" + token(page + 1) + "\"";
        String nextToken = last ? "null" : "\"" + token(page + 1) + "\"";
        String previous = page == 0 ? "null" : "\"" + firstPageUrl(baseUrl) + "&page_token=" + token(page - 1) + "\"";
        String previousToken = page == 0 ? "null" : "\"" + token(page - 1) + "\"";
        return "\"pagination\":{\"count\":" + PAGE_SIZE + ",\"next_page\":" + next + ",\"previous_page\":" + previous
                + ",\"next_page_token\":" + nextToken + ",\"previous_page_token\":" + previousToken + "}}";
    }

    private static ByteBuf direct(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes));
    }
}
