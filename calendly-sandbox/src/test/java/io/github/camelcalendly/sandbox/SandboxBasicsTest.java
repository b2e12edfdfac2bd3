package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

class SandboxBasicsTest {

    private static CalendlySandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = CalendlySandbox.start();
        client = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void currentUserIsTheSeededOwner() {
        SandboxClient.Reply reply = client.get("/users/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(reply.resource().path("current_organization").asText())
                .isEqualTo(sandbox.seeded().organization());
    }

    @Test
    void aRequestWithoutTokenIsUnauthenticated() {
        SandboxClient.Reply reply = client.as(null).get("/users/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("title").asText()).isEqualTo("Unauthenticated");
    }

    @Test
    void anUnknownTokenIsUnauthenticated() {
        assertThat(client.as("not-a-sandbox-token").get("/users/me").status()).isEqualTo(401);
    }

    @Test
    void aPathOutsideCalendlysApiAnswers501SayingTheSandboxDoesNotModelIt() {
        SandboxClient.Reply reply = client.get("/no_such_collection");

        assertThat(reply.status()).isEqualTo(501);
        assertThat(reply.json().path("message").asText())
                .contains("does not model GET /no_such_collection");
    }

    @Test
    void aMalformedIdUnderAModelledCollectionIs404LikeCalendly() {
        for (String path : new String[] {"/users/", "/users/NOSUCHUSER000000/extra", "/scheduled_events/A/B/C",
            "/webhook_subscriptions/%2E%2E"}) {
            SandboxClient.Reply reply = client.get(path);

            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().path("title").asText()).as(path).isEqualTo("Resource Not Found");
        }
    }

    @Test
    void aTokenWithoutTheScopeGets403NamingIt() {
        SandboxClient.Reply reply = client.as(sandbox.issueToken("event_types:read")).get("/users/me");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Insufficient scope");
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("users:read");
    }

    @Test
    void anUnknownUserIs404() {
        SandboxClient.Reply reply = client.get("/users/NOSUCHUSER000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("title").asText()).isEqualTo("Resource Not Found");
    }

    @Test
    void everyAnswerCarriesTheRateLimitHeaders() {
        SandboxClient.Reply reply = client.get("/users/me");

        assertThat(reply.header("X-RateLimit-Limit")).isEqualTo("500");
        assertThat(Integer.parseInt(reply.header("X-RateLimit-Remaining"))).isBetween(0, 499);
        assertThat(Integer.parseInt(reply.header("X-RateLimit-Reset"))).isBetween(1, 60);
    }

    @Test
    void aStubAddedByATestTakesPrecedenceAndRequestsAreJournaled() {
        sandbox.wireMock().stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(503)));
        try {
            assertThat(client.get("/users/me").status()).isEqualTo(503);
            sandbox.wireMock().verify(getRequestedFor(urlPathEqualTo("/users/me")));
        } finally {
            sandbox.restoreDefaultStubs();
        }
        assertThat(client.get("/users/me").status()).isEqualTo(200);
    }
}
