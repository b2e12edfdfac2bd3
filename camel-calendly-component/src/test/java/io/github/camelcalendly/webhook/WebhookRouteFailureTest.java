package io.github.camelcalendly.webhook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A route that fails for a delivery: Calendly gets a 500, and the consumer's exception handler hears why. */
class WebhookRouteFailureTest extends WebhookTestSupport {

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("recordingHandler", new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handled.add(String.valueOf(exception.getMessage()));
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handled.add(message + ": " + exception.getMessage());
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                handled.add(message + ": " + exception.getMessage());
            }
        });
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("invitee.created") + "&exceptionHandler=#recordingHandler")
                        .process(exchange -> {
                            if (runs.incrementAndGet() == 1) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                        });
            }
        };
    }

    @Test
    void aFailingRouteIsAnswered500AndReportedToTheConsumersExceptionHandler() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/FAIL");

        HttpResponse<String> response = post(PATH, body, signNow(body));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("The route failed to process the event");
        assertThat(handled).containsExactly("The route failed to process Calendly event invitee.created:"
                + " downstream system unavailable");
    }

    @Test
    void theRetryOfAFailedDeliveryRunsTheRouteAgain() throws Exception {
        byte[] body = inviteeCreatedBody("https://api.calendly.com/scheduled_events/EV1/invitees/RETRY");
        assertThat(post(PATH, body, signNow(body)).statusCode()).isEqualTo(500);

        HttpResponse<String> retry = post(PATH, body, signNow(body));

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo("OK");
        assertThat(runs.get()).isEqualTo(2);
    }
}
