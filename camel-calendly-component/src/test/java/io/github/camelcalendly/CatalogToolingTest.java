package io.github.camelcalendly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.spi.EndpointUriFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's tooling (the catalog that editors, Camel JBang and the Maven validator use, the runtime catalog of a running
 * context and the endpoint URI factory) accepts the component from its generated JSON.
 */
class CatalogToolingTest extends CalendlyTestSupport {

    private static final String JSON_RESOURCE = "META-INF/io/github/camelcalendly/calendly.json";
    private static final String LIST_ACTIVE =
            "calendly:scheduledEvents?op=list&minStartTime=2026-05-01T00:00:00Z&status=active";

    @Test
    void catalogAcceptsAValidListUri() throws IOException {
        EndpointValidationResult result = catalog().validateEndpointProperties(LIST_ACTIVE);

        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
    }

    @Test
    void catalogFlagsAMisspelledOptionAsUnknown() throws IOException {
        EndpointValidationResult result = catalog().validateEndpointProperties(
                "calendly:scheduledEvents?op=list&minStartTme=2026-05-01T00:00:00Z");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("minStartTme");
    }

    @Test
    void catalogFlagsAStatusOutsideItsEnum() throws IOException {
        EndpointValidationResult result = catalog().validateEndpointProperties(
                "calendly:scheduledEvents?op=list&status=bogus");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("status", "bogus");
        assertThat(result.getEnumChoices("status")).contains("active", "canceled");
    }

    @Test
    void catalogFlagsACountThatIsNotAWholeNumber() throws IOException {
        EndpointValidationResult result = catalog().validateEndpointProperties(
                "calendly:scheduledEvents?op=list&count=ten");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidInteger()).containsEntry("count", "ten");
    }

    @Test
    void catalogFlagsAnUnknownResourceInThePath() throws IOException {
        EndpointValidationResult result = catalog().validateEndpointProperties("calendly:meetings?op=list");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("resource", "meetings");
        assertThat(result.getEnumChoices("resource")).contains("scheduledEvents", "eventTypes", "raw");
    }

    @Test
    void runtimeCatalogOfARunningContextValidatesTheSameUri() throws Exception {
        RuntimeCamelCatalog runtime = context.getCamelContextExtension().getRuntimeCamelCatalog();

        Map<String, String> properties = runtime.endpointProperties(LIST_ACTIVE);
        EndpointValidationResult valid = runtime.validateProperties("calendly", properties);
        EndpointValidationResult typo = runtime.validateProperties("calendly",
                runtime.endpointProperties("calendly:scheduledEvents?op=list&minStartTme=2026-05-01T00:00:00Z"));

        assertThat(properties).containsEntry("resource", "scheduledEvents").containsEntry("op", "list")
                .containsEntry("minStartTime", "2026-05-01T00:00:00Z").containsEntry("status", "active");
        assertThat(valid.isSuccess()).as(valid.summaryErrorMessage(false)).isTrue();
        assertThat(typo.getUnknown()).containsExactly("minStartTme");
    }

    @Test
    void runtimeCatalogFindsTheComponentJsonOnTheClasspath() throws Exception {
        RuntimeCamelCatalog runtime = context.getCamelContextExtension().getRuntimeCamelCatalog();

        assertThat(runtime.componentJSonSchema("calendly")).isEqualTo(componentJson());
    }

    @Test
    void endpointUriFactoryBuildsAUriThatResolvesToTheOperation() throws Exception {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("calendly");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("resource", "scheduledEvents");
        parameters.put("op", "list");
        parameters.put("status", "active");

        String uri = factory.buildUri("calendly", parameters);
        Endpoint endpoint = context.getEndpoint(uri);

        assertThat(uri).isEqualTo("calendly:scheduledEvents?op=list&status=active");
        assertThat(endpoint).isInstanceOf(CalendlyEndpoint.class);
        assertThat(((CalendlyEndpoint) endpoint).getOperation().id()).isEqualTo("scheduledEvents/list");
        assertThat(((CalendlyEndpoint) endpoint).getRequestOptions().getStatus()).isEqualTo("active");
    }

    @Test
    void endpointUriFactoryKnowsTheSecretAndMultiValueOptions() {
        EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("calendly");

        assertThat(factory.propertyNames()).contains("resource", "op", "minStartTime", "uuid", "reason", "query");
        assertThat(factory.secretPropertyNames()).containsExactlyInAnyOrder("accessToken", "clientSecret",
                "refreshToken", "signingKey", "codeVerifier", "token");
        assertThat(factory.multiValuePrefixes()).contains(Map.entry("query", "query."));
        assertThat(factory.isLenientProperties()).isFalse();
    }

    private static DefaultCamelCatalog catalog() throws IOException {
        DefaultCamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("calendly", CalendlyComponent.class.getName(), componentJson());
        return catalog;
    }

    private static String componentJson() throws IOException {
        try (InputStream in = CatalogToolingTest.class.getClassLoader().getResourceAsStream(JSON_RESOURCE)) {
            assertThat(in).as("%s on the classpath", JSON_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
