package io.github.camelcalendly.demo;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Runs two Camel routes against a local stand-in for Calendly: one lists the active meetings of the connection's
 * user (two pages), one cancels a meeting. Run it with {@code mvn -B -Pdemo test-compile} from
 * the project root; no Calendly account or network is needed.
 */
public final class LocalStubDemo {

    private static final String TOKEN = "demo-personal-access-token";

    private LocalStubDemo() {
    }

    public static void main(String[] args) throws Exception {
        WireMockServer calendly = new WireMockServer(wireMockConfig().dynamicPort());
        calendly.start();
        try (CamelContext camel = new DefaultCamelContext()) {
            stubCalendly(calendly);
            CalendlyComponent component = camel.getComponent("calendly", CalendlyComponent.class);
            component.setAccessToken(TOKEN);
            component.setBaseUrl(calendly.baseUrl());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:upcoming")
                            .to("calendly:scheduledEvents?op=list&status=active&minStartTime=2026-12-01T00:00:00Z"
                                + "&sort=start_time:asc&count=2");
                    from("direct:cancel")
                            .to("calendly:scheduledEvents?op=cancel&reason=Host is unavailable");
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();

            List<Map<String, Object>> events = template.requestBody("direct:upcoming", null, List.class);
            System.out.println("Upcoming meetings (" + events.size() + ", fetched page by page):");
            events.forEach(e -> System.out.println("  " + e.get("start_time") + "  " + e.get("name")
                                                   + "  " + e.get("uri")));

            Map<String, Object> cancellation = template.requestBodyAndHeader("direct:cancel", null,
                    CalendlyConstants.OPTION_HEADER_PREFIX + "uri", events.get(0).get("uri"), Map.class);
            System.out.println("Canceled the first one: " + cancellation);
            System.out.println("Calendly received " + calendly.getAllServeEvents().size() + " requests.");
        } finally {
            calendly.stop();
        }
    }

    private static void stubCalendly(WireMockServer calendly) {
        String base = calendly.baseUrl();
        calendly.stubFor(get(urlPathEqualTo("/users/me")).willReturn(json("""
                {"resource": {"uri": "%1$s/users/DEMOUSER", "name": "Demo Host",
                 "current_organization": "%1$s/organizations/DEMOORG"}}""".formatted(base))));
        calendly.stubFor(get(urlPathEqualTo("/scheduled_events")).withQueryParam("user", equalTo(base + "/users/DEMOUSER"))
                .atPriority(2)
                .willReturn(json(page(base, "Intro call", "2026-12-02T09:00:00.000000Z", "E1",
                        "Product demo", "2026-12-03T14:30:00.000000Z", "E2", "\"PAGE2\""))));
        calendly.stubFor(get(urlPathEqualTo("/scheduled_events")).withQueryParam("page_token", equalTo("PAGE2"))
                .atPriority(1)
                .willReturn(json(page(base, "Quarterly review", "2026-12-09T16:00:00.000000Z", "E3", null, null,
                        null, "null"))));
        calendly.stubFor(post(urlPathMatching("/scheduled_events/[^/]+/cancellation")).willReturn(json("""
                {"resource": {"canceled_by": "Demo Host", "reason": "Host is unavailable", "canceler_type": "host",
                 "created_at": "2026-11-22T10:00:00.000000Z"}}""")));
    }

    private static String page(
            String base, String name1, String start1, String id1, String name2, String start2, String id2,
            String nextToken) {
        String second = name2 == null ? "" : "," + event(base, name2, start2, id2);
        return "{\"collection\": [" + event(base, name1, start1, id1) + second + "],"
               + " \"pagination\": {\"count\": 2, \"next_page_token\": " + nextToken + "}}";
    }

    private static String event(String base, String name, String start, String id) {
        return """
                {"uri": "%s/scheduled_events/%s", "name": "%s", "status": "active", "start_time": "%s"}"""
                .formatted(base, id, name, start);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-RateLimit-Limit", "500").withHeader("X-RateLimit-Remaining", "499")
                .withBody(body);
    }
}
