package io.github.camelcalendly.benchmarks.paging;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;

/**
 * The three routes that read a collection item by item, each started by {@code direct:<lister id>} and sending every
 * item through the same {@link HeapCheckpoints}.
 */
final class PagingRoutes extends RouteBuilder {

    /** The token the responder is called with; it accepts any. */
    static final String TOKEN = "benchmark-token";

    private final String baseUrl;
    private final HeapCheckpoints checkpoints;

    PagingRoutes(String baseUrl, HeapCheckpoints checkpoints) {
        this.baseUrl = baseUrl;
        this.checkpoints = checkpoints;
    }

    @Override
    public void configure() {
        String user = ScheduledEventPages.userUri(baseUrl);

        from("direct:" + Lister.CALENDLY_STREAMING.id())
                .to("calendly:scheduledEvents?op=list&streaming=true&user=" + user)
                .split(body()).streaming()
                    .process(checkpoints)
                .end();

        from("direct:" + Lister.CALENDLY_LIST.id())
                .to("calendly:scheduledEvents?op=list&user=" + user)
                .split(body()).streaming()
                    .process(checkpoints)
                .end();

        // the plainest hand-written page loop: GET the page, unmarshal it, split its collection, follow next_page
        from("direct:" + Lister.PLAIN_PAGE_LOOP.id())
                .setProperty("nextPage", constant(ScheduledEventPages.firstPageUrl(baseUrl)))
                .loopDoWhile(exchangeProperty("nextPage").isNotNull())
                    .removeHeaders("*")
                    .setHeader("Authorization", constant("Bearer " + TOKEN))
                    .setHeader(Exchange.HTTP_URI, exchangeProperty("nextPage"))
                    .to(baseUrl + ScheduledEventPages.PATH)
                    .unmarshal().json()
                    .process(PagingRoutes::takeCollection)
                    .split(body()).streaming()
                        .process(checkpoints)
                    .end()
                .end();
    }

    /** Keeps the page's next_page URL (null on the last page) and leaves its collection as the body. */
    private static void takeCollection(Exchange exchange) throws InvalidPayloadException {
        Map<?, ?> page = exchange.getMessage().getMandatoryBody(Map.class);
        Object next = page.get("pagination") instanceof Map<?, ?> pagination ? pagination.get("next_page") : null;
        exchange.setProperty("nextPage", next);
        exchange.getMessage().setBody(page.get("collection"));
    }
}
