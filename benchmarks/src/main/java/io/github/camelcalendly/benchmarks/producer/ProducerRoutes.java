package io.github.camelcalendly.benchmarks.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The routes both sides are called through, one {@code direct:} route per side and call (see
 * {@link Call#endpoint(Side)}):
 * <ul>
 * <li>calendly: {@code calendly:users?op=me} and {@code calendly:scheduledEvents?op=list&paginate=true&count=100}, the
 * component configured with the responder's base URL and the calendly side's token;</li>
 * <li>plain: the plainest hand-written camel-http route doing the same, an Authorization header, a Jackson unmarshal
 * to Map and, for the list, a loop that follows {@code pagination.next_page} and gathers every page's
 * {@code collection}.</li>
 * </ul>
 */
final class ProducerRoutes extends RouteBuilder {

    static final String ITEMS = "benchItems";
    static final String NEXT_PAGE = "benchNextPage";

    private final String baseUrl;
    private final String plainToken;

    ProducerRoutes(String baseUrl, String plainToken) {
        this.baseUrl = baseUrl;
        this.plainToken = plainToken;
    }

    @Override
    public void configure() {
        from(Call.ME.endpoint(Side.CALENDLY)).routeId("calendly-me")
                .to("calendly:users?op=me");
        from(Call.LIST.endpoint(Side.CALENDLY)).routeId("calendly-list")
                .to("calendly:scheduledEvents?op=list&paginate=true&count=" + CalendlyAnswers.PAGE_SIZE);

        from(Call.ME.endpoint(Side.PLAIN)).routeId("plain-me")
                .setHeader("Authorization", constant("Bearer " + plainToken))
                .to(baseUrl + "/users/me")
                .unmarshal().json(JsonLibrary.Jackson, Map.class);
        from(Call.LIST.endpoint(Side.PLAIN)).routeId("plain-list")
                .process(exchange -> {
                    exchange.setProperty(ITEMS, new ArrayList<Map<String, Object>>());
                    exchange.setProperty(NEXT_PAGE, CalendlyAnswers.firstPageUrl(baseUrl));
                })
                .loopDoWhile(exchangeProperty(NEXT_PAGE).isNotNull())
                    .removeHeaders("*")
                    .setHeader("Authorization", constant("Bearer " + plainToken))
                    .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                    .setHeader(Exchange.HTTP_URI, exchangeProperty(NEXT_PAGE))
                    .to(baseUrl)
                    .unmarshal().json(JsonLibrary.Jackson, Map.class)
                    .process(ProducerRoutes::gatherPage)
                .end()
                .setBody(exchangeProperty(ITEMS));
    }

    /** Adds the page's collection to the gathered items and remembers its next page, if any. */
    @SuppressWarnings("unchecked")
    private static void gatherPage(Exchange exchange) {
        Map<String, Object> page = exchange.getMessage().getBody(Map.class);
        exchange.getProperty(ITEMS, List.class).addAll((List<Map<String, Object>>) page.get("collection"));
        Object next = ((Map<String, Object>) page.get("pagination")).get("next_page");
        if (next == null) {
            exchange.removeProperty(NEXT_PAGE);
        } else {
            exchange.setProperty(NEXT_PAGE, next);
        }
        exchange.getMessage().setBody(null);
    }
}
