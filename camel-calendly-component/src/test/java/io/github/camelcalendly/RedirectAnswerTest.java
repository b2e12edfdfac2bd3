package io.github.camelcalendly;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redirect from the API host is not followed (the token would travel with it) and is not taken for an answer: the
 * route gets a {@link CalendlyApiException} naming the status and where the redirect pointed.
 */
class RedirectAnswerTest extends CalendlyTestSupport {

    /** Where a misconfigured proxy redirects to; the token must never reach it. */
    @RegisterExtension
    static final WireMockExtension ELSEWHERE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void aFoundRedirectToAnotherHostFailsNamingTheStatusAndThatHostOnly() {
        ELSEWHERE.stubFor(any(anyUrl()).willReturn(json(200, "{\"resource\": {\"uri\": \"u\"}}")));
        String location = "http://localhost:" + ELSEWHERE.getPort() + "/sso/login?session=S3CR3T&next=%2Fusers%2Fme";
        CALENDLY.stubFor(get(urlPathEqualTo("/users/me"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", location)));

        Exchange out = call("calendly:users?op=me");

        CalendlyApiException error = out.getException(CalendlyApiException.class);
        assertThat(error).as("the exception of the exchange").isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(302);
        assertThat(error.getOperation()).isEqualTo("users/me");
        assertThat(error.getMessage()).contains("users/me (GET /users/me)", "HTTP 302",
                        "localhost:" + ELSEWHERE.getPort(), "not followed")
                .doesNotContain("S3CR3T", "/sso/login", TOKEN);
        assertThat(error.getResponseHeaders().toString()).doesNotContain("S3CR3T");
        assertThat(out.getMessage().getBody()).isNull();
        CALENDLY.verify(1, getRequestedFor(urlPathEqualTo("/users/me")));
        assertThat(ELSEWHERE.getAllServeEvents()).as("requests that reached the redirect target").isEmpty();
    }

    @Test
    void aRedirectWithoutLocationFailsSayingSo() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U1")).willReturn(aResponse().withStatus(301)));

        Exchange out = call("calendly:users?op=get&uuid=U1");

        CalendlyApiException error = out.getException(CalendlyApiException.class);
        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(301);
        assertThat(error.getMessage()).contains("users/get (GET /users/U1)", "HTTP 301", "without a Location");
    }

    @Test
    void aRedirectToAPathOfTheSameHostFailsWithoutFollowingIt() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U1"))
                .willReturn(aResponse().withStatus(307).withHeader("Location", "/v3/users/U1?x=1")));

        Exchange out = call("calendly:users?op=get&uuid=U1");

        CalendlyApiException error = out.getException(CalendlyApiException.class);
        assertThat(error).isNotNull();
        assertThat(error.getStatusCode()).isEqualTo(307);
        assertThat(error.getMessage()).contains("HTTP 307", "same host").doesNotContain("x=1");
        assertThat(CALENDLY.getAllServeEvents()).as("requests Calendly received").hasSize(1);
    }

    @Test
    void aRedirectToALocationThatIsNotAUrlFailsWithoutEchoingIt() {
        CALENDLY.stubFor(get(urlPathEqualTo("/users/U1"))
                .willReturn(aResponse().withStatus(303).withHeader("Location", "http://exa mple.com/x")));

        Exchange out = call("calendly:users?op=get&uuid=U1");

        CalendlyApiException error = out.getException(CalendlyApiException.class);
        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("HTTP 303", "not a valid URL").doesNotContain("exa mple");
    }
}
