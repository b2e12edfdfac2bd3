package io.github.camelcalendly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's ObjectMapper, found in the registry, writes the POJO bodies a route sends; the component works
 * on a copy of it, so its own settings never leak into the application's mapper.
 */
class ObjectMapperInjectionTest extends CalendlyTestSupport {

    private final ObjectMapper snakeCase = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Override
    protected void beforeTheComponent(CamelContext context) {
        context.getRegistry().bind("snakeCaseMapper", snakeCase);
    }

    /** A note as the application models it, in Java's camelCase. */
    public record NewNote(String contact, String title, String remindAt) {
    }

    @Test
    void aPojoBodyIsWrittenWithTheApplicationsMapper() {
        CALENDLY.stubFor(post(urlPathEqualTo("/notes")).willReturn(json(201, "{\"resource\": {\"uri\": \"n1\"}}")));

        String contact = baseUrl() + "/contacts/C1";
        Exchange out = call("calendly:notes?op=create", new NewNote(contact, "Call back", "2026-12-01T09:00:00Z"),
                java.util.Map.of());

        assertThat(out.getException()).isNull();
        CALENDLY.verify(postRequestedFor(urlPathEqualTo("/notes")).withRequestBody(equalToJson(
                "{\"contact\": \"" + contact + "\", \"title\": \"Call back\","
                + " \"remind_at\": \"2026-12-01T09:00:00Z\"}", true, true)));
    }

    @Test
    void theComponentWorksOnACopy() {
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);

        assertThat(component.getObjectMapper()).isSameAs(snakeCase);
        assertThat(component.jsonMapper()).isNotSameAs(snakeCase);
        assertThat(component.jsonMapper().getPropertyNamingStrategy())
                .isSameAs(PropertyNamingStrategies.SNAKE_CASE);
        // the copy carries the component's read limits, the application's mapper keeps Jackson's defaults
        assertThat(component.jsonMapper().getFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(io.github.camelcalendly.client.CalendlyJson.MAX_NESTING_DEPTH);
        assertThat(snakeCase.getFactory().streamReadConstraints().getMaxNestingDepth())
                .isNotEqualTo(io.github.camelcalendly.client.CalendlyJson.MAX_NESTING_DEPTH);
    }
}
