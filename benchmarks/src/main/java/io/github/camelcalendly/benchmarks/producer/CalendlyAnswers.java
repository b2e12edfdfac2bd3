package io.github.camelcalendly.benchmarks.producer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder.Answer;
import io.vertx.core.http.HttpServerRequest;

/**
 * The responder's answers for the producer suite, built once before anything is measured: the current user
 * ({@code GET /users/me}) and a list of scheduled events ({@code GET /scheduled_events}) of {@link #PAGES} pages of
 * {@link #PAGE_SIZE} events each, chained by {@code pagination.next_page} and {@code next_page_token} as Calendly
 * chains them. The events have Calendly's shape: memberships, guests, locations of several kinds, invitee counters.
 * <p>
 * Each side calls with its own bearer token, so the answers also count the requests of each side; a request with any
 * other token is answered 401, a path it does not know 404.
 */
public final class CalendlyAnswers {

    /** Pages of the scheduled-event list. */
    public static final int PAGES = 10;
    /** Events per page. */
    public static final int PAGE_SIZE = 100;

    private static final String API = "https://api.calendly.com";
    private static final String USER_URI = API + "/users/BENCHUSER0000001";
    private static final String ORGANIZATION_URI = API + "/organizations/BENCHORG00000001";

    private final Answer me;
    private final Map<String, Answer> pagesByToken;
    private final Answer firstPage;
    private final Answer unauthorized;
    private final Answer notFound;
    private final Map<String, Side> sidesByAuthorization;
    private final Map<Side, LongAdder> served = new HashMap<>();

    private CalendlyAnswers(String baseUrl, Map<Side, String> tokens) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        this.me = Answer.json(200, mapper.writeValueAsString(currentUser(mapper)));
        this.pagesByToken = new HashMap<>();
        Answer first = null;
        for (int page = 1; page <= PAGES; page++) {
            Answer answer = Answer.json(200, mapper.writeValueAsString(eventPage(mapper, baseUrl, page)));
            if (page == 1) {
                first = answer;
            } else {
                pagesByToken.put(pageToken(page), answer);
            }
        }
        this.firstPage = first;
        this.unauthorized = Answer.json(401, "{\"title\":\"Unauthenticated\",\"message\":\"The access token is invalid\"}");
        this.notFound = Answer.json(404, "{\"title\":\"Resource Not Found\",\"message\":\"The server could not find the requested resource.\"}");
        this.sidesByAuthorization = new HashMap<>();
        for (Map.Entry<Side, String> token : tokens.entrySet()) {
            sidesByAuthorization.put("Bearer " + token.getValue(), token.getKey());
            served.put(token.getKey(), new LongAdder());
        }
    }

    /**
     * Builds every answer for a responder at {@code baseUrl} (the next-page links point back at it).
     *
     * @param tokens the bearer token each side calls with
     */
    public static CalendlyAnswers build(String baseUrl, Map<Side, String> tokens) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        try {
            return new CalendlyAnswers(baseUrl, Map.copyOf(tokens));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode the precomputed Calendly answers", e);
        }
    }

    /** The URI of the current user, which the list is filtered by. */
    public static String userUri() {
        return USER_URI;
    }

    /** The first page's URL under {@code baseUrl}, as a hand-written client would build it. */
    public static String firstPageUrl(String baseUrl) {
        return baseUrl + "/scheduled_events?count=" + PAGE_SIZE + "&user=" + encode(USER_URI);
    }

    /** The precomputed answer to {@code request}; only looks answers up. */
    public Answer answer(HttpServerRequest request) {
        Side side = sidesByAuthorization.get(request.getHeader("Authorization"));
        if (side == null) {
            return unauthorized;
        }
        served.get(side).increment();
        String path = request.path();
        if ("/users/me".equals(path)) {
            return me;
        }
        if ("/scheduled_events".equals(path)) {
            String token = request.getParam("page_token");
            Answer page = token == null ? firstPage : pagesByToken.get(token);
            return page == null ? notFound : page;
        }
        return notFound;
    }

    /** How many requests {@code side} made with its token so far. */
    public long served(Side side) {
        LongAdder count = served.get(side);
        return count == null ? 0 : count.sum();
    }

    private static ObjectNode currentUser(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode user = root.putObject("resource");
        user.put("uri", USER_URI);
        user.put("name", "Bench Mark");
        user.put("slug", "bench-mark");
        user.put("email", "bench.mark@example.com");
        user.put("scheduling_url", "https://calendly.com/bench-mark");
        user.put("timezone", "Europe/Berlin");
        user.put("avatar_url", "https://d3v0px0pttie1i.cloudfront.net/uploads/user/avatar/0000001/a1b2c3d4.png");
        user.put("created_at", "2024-01-02T03:04:05.678123Z");
        user.put("updated_at", "2026-08-07T06:05:04.321123Z");
        user.put("current_organization", ORGANIZATION_URI);
        user.put("resource_type", "User");
        user.put("locale", "en");
        return root;
    }

    private static ObjectNode eventPage(ObjectMapper mapper, String baseUrl, int page) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode collection = root.putArray("collection");
        for (int i = 0; i < PAGE_SIZE; i++) {
            collection.add(event(mapper, (page - 1) * PAGE_SIZE + i));
        }
        ObjectNode pagination = root.putObject("pagination");
        pagination.put("count", PAGE_SIZE);
        if (page < PAGES) {
            pagination.put("next_page", firstPageUrl(baseUrl) + "&page_token=" + pageToken(page + 1));
            pagination.put("next_page_token", pageToken(page + 1));
        } else {
            pagination.putNull("next_page");
            pagination.putNull("next_page_token");
        }
        if (page > 1) {
            pagination.put("previous_page", firstPageUrl(baseUrl) + "&page_token=" + previousToken(page - 1));
            pagination.put("previous_page_token", previousToken(page - 1));
        } else {
            pagination.putNull("previous_page");
            pagination.putNull("previous_page_token");
        }
        return root;
    }

    private static ObjectNode event(ObjectMapper mapper, int n) {
        Instant start = Instant.parse("2026-05-04T08:00:00Z").plus(n * 45L, ChronoUnit.MINUTES);
        int minutes = n % 3 == 0 ? 60 : 30;
        ObjectNode event = mapper.createObjectNode();
        event.put("uri", API + "/scheduled_events/" + uuid("EV", n));
        event.put("name", minutes == 60 ? "60 Minute Meeting" : "30 Minute Meeting");
        event.put("meeting_notes_plain", n % 4 == 0 ? "Agenda: quarterly review of the account, open questions." : null);
        event.put("meeting_notes_html", n % 4 == 0 ? "<p>Agenda: quarterly review of the account, open questions.</p>" : null);
        event.put("status", n % 17 == 0 ? "canceled" : "active");
        event.put("start_time", start.toString().replace("Z", ".000000Z"));
        event.put("end_time", start.plus(minutes, ChronoUnit.MINUTES).toString().replace("Z", ".000000Z"));
        event.put("event_type", API + "/event_types/" + uuid("ET", n % 5));
        event.set("location", location(mapper, n));
        ObjectNode counter = event.putObject("invitees_counter");
        counter.put("total", 1 + n % 2);
        counter.put("active", n % 17 == 0 ? 0 : 1 + n % 2);
        counter.put("limit", 1 + n % 2);
        event.put("created_at", start.minus(9, ChronoUnit.DAYS).toString().replace("Z", ".123456Z"));
        event.put("updated_at", start.minus(8, ChronoUnit.DAYS).toString().replace("Z", ".654321Z"));
        ArrayNode memberships = event.putArray("event_memberships");
        ObjectNode host = memberships.addObject();
        host.put("user", USER_URI);
        host.put("user_email", "bench.mark@example.com");
        host.put("user_name", "Bench Mark");
        ArrayNode guests = event.putArray("event_guests");
        if (n % 3 == 1) {
            ObjectNode guest = guests.addObject();
            guest.put("email", "guest" + n + "@example.org");
            guest.put("created_at", start.minus(9, ChronoUnit.DAYS).toString());
            guest.put("updated_at", start.minus(9, ChronoUnit.DAYS).toString());
        }
        if (n % 17 == 0) {
            ObjectNode cancellation = event.putObject("cancellation");
            cancellation.put("canceled_by", "Invitee " + n);
            cancellation.put("reason", "Something came up");
            cancellation.put("canceler_type", "invitee");
            cancellation.put("created_at", start.minus(1, ChronoUnit.DAYS).toString());
        }
        ObjectNode calendar = event.putObject("calendar_event");
        calendar.put("kind", "google");
        calendar.put("external_id", "evt" + Integer.toHexString(0x5f3a000 + n * 7919) + "qx2lmn8");
        return event;
    }

    private static ObjectNode location(ObjectMapper mapper, int n) {
        ObjectNode location = mapper.createObjectNode();
        switch (n % 3) {
            case 0 -> {
                location.put("type", "zoom");
                location.put("status", "pushed");
                location.put("join_url", "https://us04web.zoom.us/j/7" + (100000000 + n) + "?pwd=REDACTED");
                ObjectNode data = location.putObject("data");
                data.put("id", 7_100_000_000L + n);
                data.put("password", "REDACTED");
                ObjectNode settings = data.putObject("settings");
                settings.put("global_dial_in_numbers", "+1 646 558 8656");
                data.putNull("extra");
            }
            case 1 -> {
                location.put("type", "google_conference");
                location.put("status", "pushed");
                location.put("join_url", "https://calendly.com/events/" + uuid("EV", n) + "/google_meet");
            }
            default -> {
                location.put("type", "physical");
                location.put("location", "Calendly Office, Floor " + (1 + n % 9));
            }
        }
        return location;
    }

    private static String uuid(String prefix, int n) {
        return String.format("%s%014X", prefix, 0xA1B2C3L * (n + 1));
    }

    private static String pageToken(int page) {
        return "NXT" + Integer.toHexString(page * 0x9E3779B1).toUpperCase() + "sNjq4TvMDfUHEl7zHRR0k0E1PCEJWvdi";
    }

    private static String previousToken(int page) {
        return "PRV" + Integer.toHexString(page * 0x9E3779B1).toUpperCase() + "sNjq4TvMDfUHEl7zHRR0k0E1PCEJWvdi";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
