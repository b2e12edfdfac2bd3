package io.github.camelcalendly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-exchange options from {@code CamelCalendly.<option>} headers, and the options that headers must not set.
 */
class HeaderOverrideTest extends CalendlyTestSupport {

    private static final String EVENTS = "/scheduled_events";
    private static final String RESOURCE = """
            {"resource": {"uri": "https://api.calendly.com/x/1"}}""";
    private static final String PAGE_ONE = """
            {"collection": [{"name": "E1"}, {"name": "E2"}],
             "pagination": {"count": 2, "next_page": null, "next_page_token": "P2"}}""";
    private static final String PAGE_TWO = """
            {"collection": [{"name": "E3"}],
             "pagination": {"count": 1, "next_page": null, "next_page_token": null}}""";

    private static void stubTwoPagesOfEvents() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("page_token", absent())
                .willReturn(json(200, PAGE_ONE)));
        CALENDLY.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("page_token", equalTo("P2"))
                .willReturn(json(200, PAGE_TWO)));
    }

    private static void stubEmptyEvents() {
        stubCurrentUser();
        CALENDLY.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(json(200, """
                {"collection": [], "pagination": {"count": 0, "next_page_token": null}}""")));
    }

    @Test
    void headerWinsOverTheSameOptionOnTheEndpointUri() {
        stubEmptyEvents();

        Exchange out = call("calendly:scheduledEvents?op=list&status=active&sort=start_time:asc", null,
                Map.of("CamelCalendly.status", "canceled"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS))
                .withQueryParam("status", equalTo("canceled"))
                .withQueryParam("sort", equalTo("start_time:asc")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = { "True|true", "' FALSE '|false" })
    void aBooleanGivenAsTextInAnyCaseIsSentAsCalendlysBoolean(String given, String sent) {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types")).willReturn(json(200, """
                {"collection": [], "pagination": {"count": 0, "next_page_token": null}}""")));

        Exchange out = call("calendly:eventTypes?op=list&user=" + USER_UUID, null,
                Map.of("CamelCalendly.active", given));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types")).withQueryParam("active", equalTo(sent)));
    }

    @Test
    void aBooleanThatIsNeitherTrueNorFalseFailsNamingTheOption() {
        Exchange out = call("calendly:eventTypes?op=list&user=" + USER_UUID, null,
                Map.of("CamelCalendly.active", "yes"));

        CalendlyValidationException e = validationError(out);
        assertThat(e.getOption()).isEqualTo("active");
        assertThat(e.getMessage()).contains("must be true or false", "'yes'");
        assertNoCallToCalendly();
    }

    @Test
    void instantHeaderIsSentAsUtcIsoText() {
        stubEmptyEvents();

        Exchange out = call("calendly:scheduledEvents?op=list&minStartTime=2020-01-01T00:00:00Z", null,
                Map.of("CamelCalendly.minStartTime", Instant.parse("2026-05-01T09:30:00Z")));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS))
                .withQueryParam("min_start_time", equalTo("2026-05-01T09:30:00.000000Z")));
    }

    @Test
    void offsetDateTimeHeaderIsConvertedToUtc() {
        stubEmptyEvents();

        Exchange out = call("calendly:scheduledEvents?op=list", null, Map.of("CamelCalendly.maxStartTime",
                OffsetDateTime.of(2026, 5, 1, 11, 0, 0, 0, ZoneOffset.ofHours(2))));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS))
                .withQueryParam("max_start_time", equalTo("2026-05-01T09:00:00.000000Z")));
    }

    @Test
    void zonedDateTimeHeaderIsConvertedToUtc() {
        stubEmptyEvents();

        Exchange out = call("calendly:scheduledEvents?op=list", null, Map.of("CamelCalendly.minStartTime",
                ZonedDateTime.of(2026, 1, 15, 8, 0, 0, 0, ZoneId.of("America/New_York"))));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS))
                .withQueryParam("min_start_time", equalTo("2026-01-15T13:00:00.000000Z")));
    }

    @Test
    void localDateHeadersFillDateOptions() {
        CALENDLY.stubFor(post(urlPathEqualTo("/shares")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:shares?op=create&eventType=ET1&periodType=fixed", null, Map.of(
                "CamelCalendly.startDate", LocalDate.of(2026, 5, 1),
                "CamelCalendly.endDate", LocalDate.of(2026, 5, 31)));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/shares")).withRequestBody(equalToJson("""
                {"event_type": "%s/event_types/ET1", "period_type": "fixed",
                 "start_date": "2026-05-01", "end_date": "2026-05-31"}""".formatted(baseUrl()))));
    }

    @Test
    void localDateTimeHeaderIsRejectedAskingForAZone() {
        Exchange out = call("calendly:scheduledEvents?op=list", null,
                Map.of("CamelCalendly.minStartTime", LocalDateTime.of(2026, 5, 1, 9, 0)));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("minStartTime")
                .hasMessageContaining("scheduledEvents/list")
                .hasMessageContaining("time zone");
        assertThat(((CalendlyValidationException) out.getException()).getOption()).isEqualTo("minStartTime");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void collectionHeaderFillsAListOption() {
        stubCurrentUser();
        CALENDLY.stubFor(post(urlPathEqualTo("/webhook_subscriptions")).willReturn(json(201, RESOURCE)));

        Exchange out = call("calendly:webhookSubscriptions?op=create&url=https://example.com/hook"
                            + "&scope=organization&events=invitee.created", null,
                Map.of("CamelCalendly.events", List.of("invitee.canceled", "invitee_no_show.created")));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/webhook_subscriptions")).withRequestBody(equalToJson("""
                {"events": ["invitee.canceled", "invitee_no_show.created"]}""", false, true)));
    }

    @Test
    void arrayHeaderFillsAListOption() {
        CALENDLY.stubFor(post(urlPathEqualTo("/data_compliance/deletion/invitees")).willReturn(json(202, "{}")));

        Exchange out = call("calendly:dataCompliance?op=deleteInvitees&confirmDestructive=true", null,
                Map.of("CamelCalendly.emails", new String[] {"ada@example.com", "bob@example.com"}));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(CalendlyConstants.HTTP_STATUS)).isEqualTo(202);
        CALENDLY.verify(1, postRequestedFor(urlPathEqualTo("/data_compliance/deletion/invitees"))
                .withRequestBody(equalToJson("{\"emails\": [\"ada@example.com\", \"bob@example.com\"]}")));
    }

    @Test
    void paginateFalseHeaderReturnsOnePageAndTheNextPageToken() {
        stubTwoPagesOfEvents();

        Exchange out = call("calendly:scheduledEvents?op=list", null, Map.of("CamelCalendly.paginate", false));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).hasSize(2);
        assertThat(out.getMessage().getHeader(CalendlyConstants.NEXT_PAGE_TOKEN)).isEqualTo("P2");
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void maxResultsHeaderCapsTheItemsAndStopsFetchingPages() {
        stubTwoPagesOfEvents();

        Exchange out = call("calendly:scheduledEvents?op=list&maxResults=10", null,
                Map.of("CamelCalendly.maxResults", "1"));

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> events = out.getMessage().getBody(List.class);
        assertThat(events).extracting(e -> e.get("name")).containsExactly("E1");
        assertThat(out.getMessage().getHeader(CalendlyConstants.RESULT_COUNT)).isEqualTo(1);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void streamingHeaderGivesALazyIteratorOverAllPages() {
        stubTwoPagesOfEvents();

        Exchange out = call("calendly:scheduledEvents?op=list", null, Map.of("CamelCalendly.streaming", "true"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isInstanceOf(Iterator.class);
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo(EVENTS)));
        Iterator<Map<String, Object>> events = out.getMessage().getBody(Iterator.class);
        assertThat(events).toIterable().extracting(e -> e.get("name")).containsExactly("E1", "E2", "E3");
        CALENDLY.verify(2, getRequestedFor(urlPathEqualTo(EVENTS)));
    }

    @Test
    void confirmDestructiveHeaderDoesNotUnlockADestructiveAction() {
        Exchange out = call("calendly:dataCompliance?op=deleteInvitees&emails=ada@example.com", null,
                Map.of("CamelCalendly.confirmDestructive", true));

        assertThat(out.getException()).isInstanceOf(CalendlyValidationException.class)
                .hasMessageContaining("confirmDestructive=true")
                .hasMessageContaining("dataCompliance/deleteInvitees");
        assertThat(CALENDLY.getAllServeEvents()).isEmpty();
    }

    @Test
    void accessTokenHeaderDoesNotChangeTheTokenSent() {
        CALENDLY.stubFor(get(urlPathEqualTo("/event_types/ET1")).willReturn(json(200, RESOURCE)));

        Exchange out = call("calendly:eventTypes?op=get&uuid=ET1", null,
                Map.of("CamelCalendly.accessToken", "pat-from-a-header"));

        assertThat(out.getException()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/event_types/ET1"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(CALENDLY.getAllServeEvents()).extracting(e -> e.getRequest().getHeader("Authorization"))
                .doesNotContain("Bearer pat-from-a-header");
        assertThat(Set.copyOf(out.getMessage().getHeaders().keySet())).doesNotContain("Authorization");
    }
}
