package io.github.camelcalendly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How list operations walk Calendly's cursor pagination: all pages, one page at a time, capped, or streamed.
 */
class PaginationTest extends CalendlyTestSupport {

    private static final String EVENTS_PATH = "/scheduled_events";
    private static final String EVENT_URI = "https://api.calendly.com/scheduled_events/E";
    private static final String LIST_EVENTS = "calendly:scheduledEvents?op=list&user=" + USER_UUID
                                              + "&status=active&minStartTime=2026-05-01T00:00:00Z";
    private static final String PAGE_TOKEN_HEADER = CalendlyConstants.OPTION_HEADER_PREFIX + "pageToken";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:streamEvents")
                        .to(LIST_EVENTS + "&streaming=true")
                        .split(body()).streaming()
                        .process(e -> e.getMessage().setHeader("requestsSoFar", eventRequests().size()))
                        .to("mock:event");
            }
        };
    }

    @Test
    void fetchesEveryPageByDefaultKeepingTheFiltersAndChangingOnlyThePageToken() {
        List<String> expected = stubEventPages(3, 2);

        Exchange out = call(LIST_EVENTS);

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class))).containsExactlyElementsOf(expected);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(6);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_REMAINING)).isEqualTo(497L);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_RESET)).isEqualTo(57L);
        assertThat(out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN)).isNull();

        List<LoggedRequest> requests = eventRequests();
        assertThat(requests).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "T2", "T3");
        Map<String, List<String>> firstFilters = queryWithoutPageToken(requests.get(0));
        assertThat(firstFilters).containsEntry("user", List.of(userUri()))
                .containsEntry("status", List.of("active"))
                .containsEntry("min_start_time", List.of("2026-05-01T00:00:00.000000Z"))
                .containsEntry("count", List.of("100"))
                .hasSize(4);
        assertThat(requests).allSatisfy(r -> {
            assertThat(queryWithoutPageToken(r)).isEqualTo(firstFilters);
            assertSentTheToken(r);
        });
    }

    @Test
    void followsThePageTokenOfAnOlderNextPageUrlWithoutCallingThatUrl() {
        String elsewhere = "http://127.0.0.1:" + CALENDLY.getPort()
                           + "/elsewhere/scheduled_events?count=2&status=canceled&page_token=LEGACY2";
        CALENDLY.stubFor(eventPage(null).willReturn(json(200, """
                {"collection": [%s, %s], "pagination": {"count": 2, "next_page": "%s"}}"""
                .formatted(event(1), event(2), elsewhere))));
        CALENDLY.stubFor(eventPage("LEGACY2").willReturn(json(200, """
                {"collection": [%s], "pagination": {"count": 1, "next_page": null}}""".formatted(event(3)))));

        Exchange out = call(LIST_EVENTS);

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class))).containsExactly(uri(1), uri(2), uri(3));
        List<LoggedRequest> requests = eventRequests();
        assertThat(requests).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "LEGACY2");
        assertThat(queryWithoutPageToken(requests.get(1))).isEqualTo(queryWithoutPageToken(requests.get(0)));
        assertThat(queryParam(requests.get(1), "status")).isEqualTo("active");
        CALENDLY.verify(0, anyRequestedFor(urlPathMatching("/elsewhere.*")));
    }

    @Test
    void maxResultsCapsAcrossPagesAndStopsFetchingOnceReached() {
        List<String> all = stubEventPages(3, 2);

        Exchange out = call(LIST_EVENTS + "&maxResults=3");

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class))).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(3);
        assertThat(eventRequests()).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "T2");
    }

    @Test
    void maxResultsBelowOneHundredAsksCalendlyForJustThatManyPerPage() {
        stubEventPages(3, 2);

        call(LIST_EVENTS + "&maxResults=3");

        assertThat(eventRequests()).extracting(r -> queryParam(r, "count")).containsOnly("3");
    }

    @Test
    void anExplicitCountIsKeptWhenMaxResultsIsSmaller() {
        stubEventPages(3, 2);

        call(LIST_EVENTS + "&maxResults=3&count=2");

        assertThat(eventRequests()).extracting(r -> queryParam(r, "count")).containsOnly("2");
    }

    @Test
    void paginateFalseReturnsOnePageAndTheNextPageToken() {
        List<String> all = stubEventPages(3, 2);

        Exchange out = call(LIST_EVENTS + "&paginate=false");

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class))).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN)).isEqualTo("T2");
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(2);
        assertThat(out.getMessage().getHeader(CalendlyConstants.RATE_LIMIT_REMAINING)).isEqualTo(499L);
        List<LoggedRequest> requests = eventRequests();
        assertThat(requests).hasSize(1);
        assertThat(queryParam(requests.get(0), "count")).isEqualTo("100");
        assertThat(queryParam(requests.get(0), "page_token")).isNull();
    }

    @Test
    void pageTokenOptionFetchesThePageItNames() {
        List<String> all = stubEventPages(3, 2);

        Exchange out = call(LIST_EVENTS + "&paginate=false&pageToken=T2");

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class))).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN)).isEqualTo("T3");
        List<LoggedRequest> requests = eventRequests();
        assertThat(requests).hasSize(1);
        assertThat(queryParam(requests.get(0), "page_token")).isEqualTo("T2");
        assertThat(queryParam(requests.get(0), "status")).isEqualTo("active");
    }

    @Test
    void pageTokenHeaderWalksPageByPageUntilTheNextTokenHeaderIsGone() {
        List<String> all = stubEventPages(3, 2);
        List<String> received = new ArrayList<>();
        List<Object> tokens = new ArrayList<>();
        Map<String, Object> headers = new HashMap<>();

        for (int call = 0; call < 10; call++) {
            Exchange out = call(LIST_EVENTS + "&paginate=false", null, headers);
            assertThat(out.getException()).isNull();
            received.addAll(urisOf(out.getMessage().getBody(List.class)));
            Object next = out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN);
            if (next == null) {
                break;
            }
            tokens.add(next);
            // carry every header on, as a looping route would, including the old next-page token
            headers = new HashMap<>(out.getMessage().getHeaders());
            headers.put(PAGE_TOKEN_HEADER, next);
        }

        assertThat(received).containsExactlyElementsOf(all);
        assertThat(tokens).containsExactly("T2", "T3");
        assertThat(eventRequests()).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "T2", "T3");
    }

    @Test
    void streamingReturnsAnIteratorThatFetchesOnePageAtATime() {
        List<String> all = stubEventPages(3, 2);

        Exchange out = call(LIST_EVENTS + "&streaming=true");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isInstanceOf(Iterator.class);
        @SuppressWarnings("unchecked")
        Iterator<Map<String, Object>> items = out.getMessage().getBody(Iterator.class);
        assertThat(eventRequests()).hasSize(1);

        assertThat(items.next().get("uri")).isEqualTo(all.get(0));
        assertThat(items.next().get("uri")).isEqualTo(all.get(1));
        assertThat(eventRequests()).hasSize(1);

        assertThat(items.next().get("uri")).isEqualTo(all.get(2));
        assertThat(eventRequests()).hasSize(2);
        assertThat(items.next().get("uri")).isEqualTo(all.get(3));
        assertThat(eventRequests()).hasSize(2);

        assertThat(items.next().get("uri")).isEqualTo(all.get(4));
        assertThat(items.next().get("uri")).isEqualTo(all.get(5));
        assertThat(items.hasNext()).isFalse();
        assertThat(eventRequests()).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "T2", "T3");
    }

    @Test
    void streamingSplitProcessesEveryItemOfThirtyPagesFetchingPagesAsItGoes() throws Exception {
        int pages = 30;
        int perPage = 3;
        List<String> all = stubEventPages(pages, perPage);
        MockEndpoint mock = getMockEndpoint("mock:event");
        mock.expectedMessageCount(pages * perPage);

        Exchange out = template.request("direct:streamEvents", e -> { });

        assertThat(out.getException()).isNull();
        mock.assertIsSatisfied();
        assertThat(mock.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Map.class).get("uri"))
                .containsExactlyElementsOf(all);
        List<Exchange> received = mock.getReceivedExchanges();
        for (int i = 0; i < received.size(); i++) {
            int requestsSoFar = received.get(i).getMessage().getHeader("requestsSoFar", Integer.class);
            // the page holding item i has been fetched, and at most the one after it
            assertThat(requestsSoFar).as("requests made when item %d was processed", i)
                    .isBetween(i / perPage + 1, i / perPage + 2);
        }
        assertThat(eventRequests()).hasSize(pages);
    }

    @Test
    void streamingSplitFailsWithTheApiErrorOfALaterPage() {
        CALENDLY.stubFor(eventPage(null).willReturn(json(200, page(List.of(1, 2, 3), "T2"))));
        CALENDLY.stubFor(eventPage("T2").willReturn(json(400, """
                {"title": "Invalid Argument", "message": "The supplied parameters are invalid.",
                 "details": [{"parameter": "page_token", "message": "is invalid"}]}""")));

        Exchange out = template.request("direct:streamEvents", e -> { });

        // the splitter looks one item ahead, so page 2 fails while page 1's last item is still pending
        List<String> processed = urisOf(getMockEndpoint("mock:event").getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(Map.class)).toList());
        assertThat(processed).isNotEmpty();
        assertThat(List.of(uri(1), uri(2), uri(3))).startsWith(processed.toArray(String[]::new));
        CalendlyApiException error = out.getException(CalendlyApiException.class);
        assertThat(error).as("exception of the split: %s", out.getException()).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getTitle()).isEqualTo("Invalid Argument");
        assertThat(error.getOperation()).isEqualTo("scheduledEvents/list");
        assertThat(error.getDetails()).extracting(CalendlyApiException.Detail::parameter).containsExactly("page_token");
        assertThat(error.getMessage().contains(TOKEN)).as("the message names the access token").isFalse();
        assertThat(eventRequests()).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "T2");
    }

    @Test
    void aServerRepeatingTheNextPageTokenFailsInsteadOfLooping() {
        CALENDLY.stubFor(eventPage(null).willReturn(json(200, page(List.of(1, 2), "T2"))));
        CALENDLY.stubFor(eventPage("T2").willReturn(json(200, page(List.of(3, 4), "T2"))));

        Exchange out = call(LIST_EVENTS);

        assertThat(out.getException()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scheduledEvents/list")
                .hasMessageContaining("same next page token");
        assertThat(eventRequests()).hasSize(2);
    }

    @Test
    void aServerCyclingBetweenPageTokensFailsInsteadOfLooping() {
        CALENDLY.stubFor(eventPage(null).willReturn(json(200, page(List.of(1), "T2"))));
        CALENDLY.stubFor(eventPage("T2").willReturn(json(200, page(List.of(2), "T3"))));
        CALENDLY.stubFor(eventPage("T3").willReturn(json(200, page(List.of(3), "T2"))));
        Exchange out = call(LIST_EVENTS + "&streaming=true");
        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        Iterator<Map<String, Object>> items = out.getMessage().getBody(Iterator.class);

        // bounded, so that a regression fails here instead of iterating forever
        assertThatThrownBy(() -> {
            for (int i = 0; i < 50 && items.hasNext(); i++) {
                items.next();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("same next page token");
        assertThat(eventRequests()).extracting(r -> queryParam(r, "page_token")).containsExactly(null, "T2", "T3");
    }

    @Test
    void eventTypeAvailableTimesListReturnsTheCollectionAndSendsNoPaging() {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_type_available_times")).willReturn(json(200, """
                {"collection": [
                  {"status": "available", "invitees_remaining": 1, "start_time": "2026-05-04T09:00:00Z",
                   "scheduling_url": "https://calendly.com/acme/30min/2026-05-04T09:00:00Z"},
                  {"status": "available", "invitees_remaining": 1, "start_time": "2026-05-04T09:30:00Z",
                   "scheduling_url": "https://calendly.com/acme/30min/2026-05-04T09:30:00Z"}]}""")));

        Exchange out = call("calendly:eventTypeAvailableTimes?op=list&eventType=ET1"
                            + "&startTime=2026-05-04T00:00:00Z&endTime=2026-05-05T00:00:00Z");

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> slots = out.getMessage().getBody(List.class);
        assertThat(slots).extracting(s -> s.get("start_time"))
                .containsExactly("2026-05-04T09:00:00Z", "2026-05-04T09:30:00Z");
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(2);
        assertThat(out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN)).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_type_available_times"))
                .withQueryParam("event_type", equalTo(baseUrl() + "/event_types/ET1"))
                .withQueryParam("start_time", equalTo("2026-05-04T00:00:00.000000Z"))
                .withQueryParam("end_time", equalTo("2026-05-05T00:00:00.000000Z"))
                .withoutQueryParam("count")
                .withoutQueryParam("page_token"));
    }

    @Test
    void locationsListReturnsTheCollectionAndSendsNoCount() {
        CALENDLY.stubFor(get(urlPathEqualTo("/locations")).willReturn(json(200, """
                {"collection": [
                  {"kind": "zoom_conference", "uri": "https://api.calendly.com/locations/L1"},
                  {"kind": "physical", "location": "Main St 1", "uri": "https://api.calendly.com/locations/L2"}],
                 "pagination": {"count": 2}}""")));

        Exchange out = call("calendly:locations?op=list&user=" + USER_UUID);

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class)))
                .containsExactly("https://api.calendly.com/locations/L1", "https://api.calendly.com/locations/L2");
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(2);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/locations"))
                .withQueryParam("user", equalTo(userUri()))
                .withoutQueryParam("count")
                .withoutQueryParam("page_token"));
    }

    @Test
    void maxResultsCapsAListCalendlyDoesNotPage() {
        CALENDLY.stubFor(get(urlPathEqualTo("/locations")).willReturn(json(200, """
                {"collection": [
                  {"kind": "zoom_conference", "uri": "https://api.calendly.com/locations/L1"},
                  {"kind": "physical", "location": "Main St 1", "uri": "https://api.calendly.com/locations/L2"}],
                 "pagination": {"count": 2}}""")));

        Exchange out = call("calendly:locations?op=list&maxResults=1&user=" + USER_UUID);

        assertThat(out.getException()).isNull();
        assertThat(urisOf(out.getMessage().getBody(List.class))).containsExactly("https://api.calendly.com/locations/L1");
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(1);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/locations")).withoutQueryParam("count"));
    }

    /**
     * Serves {@code pages} pages of {@code perPage} events E1, E2, ... The first page answers requests without
     * page_token, page n answers page_token=Tn; page n reports X-RateLimit-Remaining 500-n and Reset 60-n.
     *
     * @return the URIs of all events, in order
     */
    private static List<String> stubEventPages(int pages, int perPage) {
        List<String> uris = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            List<Integer> ids = IntStream.rangeClosed((n - 1) * perPage + 1, n * perPage).boxed().toList();
            ids.forEach(id -> uris.add(uri(id)));
            String next = n < pages ? "T" + (n + 1) : null;
            CALENDLY.stubFor(eventPage(n == 1 ? null : "T" + n).willReturn(json(200, page(ids, next))
                    .withHeader("X-RateLimit-Limit", "500")
                    .withHeader("X-RateLimit-Remaining", String.valueOf(500 - n))
                    .withHeader("X-RateLimit-Reset", String.valueOf(60 - n))));
        }
        return uris;
    }

    private static MappingBuilder eventPage(String pageToken) {
        return get(urlPathEqualTo(EVENTS_PATH))
                .withQueryParam("page_token", pageToken == null ? absent() : equalTo(pageToken));
    }

    private static String page(List<Integer> ids, String nextToken) {
        String items = String.join(",", ids.stream().map(PaginationTest::event).toList());
        String nextPage = nextToken == null ? "null"
                : "\"https://api.calendly.com/scheduled_events?count=100&page_token=" + nextToken + "\"";
        String token = nextToken == null ? "null" : "\"" + nextToken + "\"";
        return """
                {"collection": [%s],
                 "pagination": {"count": %d, "next_page": %s, "next_page_token": %s}}"""
                .formatted(items, ids.size(), nextPage, token);
    }

    private static String event(int id) {
        return """
                {"uri": "%s", "name": "Event %d", "status": "active"}""".formatted(uri(id), id);
    }

    private static String uri(int id) {
        return EVENT_URI + id;
    }

    private static List<String> urisOf(List<?> items) {
        return items.stream().map(i -> (String) ((Map<?, ?>) i).get("uri")).toList();
    }

    /** The requests Calendly got for scheduled events, oldest first (WireMock's order). */
    private static List<LoggedRequest> eventRequests() {
        return CALENDLY.findAll(getRequestedFor(urlPathEqualTo(EVENTS_PATH)));
    }

    /** Checks the bearer token without ever printing it in a failure message. */
    private static void assertSentTheToken(LoggedRequest request) {
        assertThat(("Bearer " + TOKEN).equals(request.getHeader("Authorization")))
                .as("%s %s carries the connection's bearer token", request.getMethod(), request.getUrl()).isTrue();
    }

    private static String queryParam(LoggedRequest request, String name) {
        var param = request.getQueryParams().get(name);
        return param == null ? null : param.firstValue();
    }

    private static Map<String, List<String>> queryWithoutPageToken(LoggedRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getQueryParams().forEach((name, param) -> {
            if (!"page_token".equals(name)) {
                query.put(name, param.values());
            }
        });
        return query;
    }
}
