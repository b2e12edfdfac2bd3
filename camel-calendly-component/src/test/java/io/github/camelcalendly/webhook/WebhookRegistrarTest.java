package io.github.camelcalendly.webhook;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyEndpoint;
import io.github.camelcalendly.client.CalendlyConnection;
import io.github.camelcalendly.sandbox.Booking;
import io.github.camelcalendly.sandbox.CalendlySandbox;
import io.github.camelcalendly.sandbox.SandboxOptions;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Registration against the sandbox: what Calendly ends up holding for the trigger's URL, and what was sent to get
 * there (from the sandbox's request journal).
 */
@SuppressWarnings("unchecked")
class WebhookRegistrarTest {

    private static final AtomicInteger URLS = new AtomicInteger();
    private static final String SIGNING_KEY = "registrar-test-signing-key";

    private static CalendlySandbox sandbox;
    private static String token;

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<CalendlySandbox> ownSandboxes = new ArrayList<>();
    private final Map<CalendlySandbox, ProducerTemplate> inspectors = new java.util.HashMap<>();

    @BeforeAll
    static void startSandbox() {
        sandbox = CalendlySandbox.start();
        token = sandbox.issueToken();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
        ownSandboxes.forEach(CalendlySandbox::close);
        sandbox.restoreDefaultStubs();
    }

    /** A URL no other test uses, so each test sees only its own subscriptions. */
    private static String uniqueUrl() {
        return "https://hooks.example.com/calendly/webhook/" + URLS.incrementAndGet();
    }

    private CamelContext context(CalendlySandbox on, String accessToken) {
        CamelContext context = new DefaultCamelContext();
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(accessToken);
        component.setBaseUrl(on.baseUrl());
        component.setMaxRetries(0);
        context.start();
        contexts.add(context);
        return context;
    }

    private WebhookRegistrar registrarOf(CamelContext context) {
        CalendlyEndpoint trigger = context.getEndpoint("calendly:webhook?webhookAutoRegister=false",
                CalendlyEndpoint.class);
        return new WebhookRegistrar(trigger.getInvoker(), trigger.getComponent().jsonMapper());
    }

    private WebhookRegistrar registrar(CalendlySandbox on, String accessToken) {
        return registrarOf(context(on, accessToken));
    }

    private WebhookRegistrar registrar() {
        return registrar(sandbox, token);
    }

    private static WebhookRegistration wanted(String url, String... events) {
        return WebhookRegistration.of(url, List.of(events), "organization").withSigningKey(SIGNING_KEY);
    }

    /** The subscriptions the sandbox holds for {@code url} in {@code scope} (user scope: the token's user). */
    private List<Map<String, Object>> subscriptions(CalendlySandbox on, String scope, String url) {
        ProducerTemplate template = inspectors.computeIfAbsent(on,
                s -> context(s, s == sandbox ? token : s.issueToken()).createProducerTemplate());
        Exchange out = template.request("calendly:webhookSubscriptions?op=list&scope=" + scope, e -> {
        });
        if (out.getException() != null) {
            throw new AssertionError("listing subscriptions failed", out.getException());
        }
        List<Map<String, Object>> all = out.getMessage().getBody(List.class);
        return all.stream().filter(s -> url.equals(s.get("callback_url"))).toList();
    }

    private List<Map<String, Object>> subscriptions(String scope, String url) {
        return subscriptions(sandbox, scope, url);
    }

    private static List<LoggedRequest> writes(CalendlySandbox on) {
        List<LoggedRequest> writes = new ArrayList<>(on.wireMock().findAll(
                postRequestedFor(urlPathEqualTo("/webhook_subscriptions"))));
        writes.addAll(on.wireMock().findAll(deleteRequestedFor(urlPathMatching("/webhook_subscriptions/.*"))));
        return writes;
    }

    private static List<String> deletedPaths() {
        return sandbox.wireMock().findAll(deleteRequestedFor(urlPathMatching("/webhook_subscriptions/.*"))).stream()
                .map(LoggedRequest::getUrl).toList();
    }

    private static String pathOf(String uri) {
        return uri.substring(sandbox.baseUrl().length());
    }

    @Test
    void theFirstStartCreatesOneSubscriptionWithTheSigningKey() {
        String url = uniqueUrl();
        WebhookRegistrar registrar = registrar();
        sandbox.wireMock().resetRequests();

        List<String> uris = registrar.register(wanted(url, "invitee.created", "invitee.canceled"));

        List<Map<String, Object>> held = subscriptions("organization", url);
        assertThat(held).hasSize(1);
        assertThat(uris).containsExactly((String) held.get(0).get("uri"));
        assertThat(held.get(0)).containsEntry("state", "active").containsEntry("scope", "organization")
                .containsEntry("organization", sandbox.seeded().organization());
        assertThat((List<String>) held.get(0).get("events")).containsExactly("invitee.created", "invitee.canceled");
        List<LoggedRequest> posts = sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo(
                "/webhook_subscriptions")));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).getBodyAsString()).contains("\"signing_key\":\"" + SIGNING_KEY + "\"")
                .contains("\"url\":\"" + url + "\"");
    }

    @Test
    void aSecondStartWithTheSameConfigurationReusesTheSubscriptionWithoutWriting() {
        String url = uniqueUrl();
        List<String> first = registrar().register(wanted(url, "invitee.created", "invitee.canceled"));
        sandbox.wireMock().resetRequests();

        List<String> second = registrar().register(wanted(url, "invitee.canceled", "invitee.created"));

        assertThat(second).isEqualTo(first);
        assertThat(writes(sandbox)).isEmpty();
        assertThat(sandbox.wireMock().findAll(anyRequestedFor(urlPathEqualTo("/webhook_subscriptions"))))
                .isNotEmpty();
        assertThat(subscriptions("organization", url)).hasSize(1);
    }

    @Test
    void changedEventsReplaceTheSubscription() {
        String url = uniqueUrl();
        String old = registrar().register(wanted(url, "invitee.created")).get(0);
        sandbox.wireMock().resetRequests();

        String replacement = registrar().register(wanted(url, "invitee.created", "invitee_no_show.created")).get(0);

        assertThat(replacement).isNotEqualTo(old);
        assertThat(deletedPaths()).containsExactly(pathOf(old));
        List<Map<String, Object>> held = subscriptions("organization", url);
        assertThat(held).extracting(s -> s.get("uri")).containsExactly(replacement);
        assertThat((List<String>) held.get(0).get("events"))
                .containsExactlyInAnyOrder("invitee.created", "invitee_no_show.created");
    }

    @Test
    void aSubscriptionCalendlyDisabledIsRecreated() throws Exception {
        CalendlySandbox failing = CalendlySandbox.start(SandboxOptions.defaults()
                .withDeliveryRetries(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(500)));
        ownSandboxes.add(failing);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/calendly/webhook";
        WebhookRegistrar registrar = registrar(failing, failing.issueToken());
        String disabled = registrar.register(wanted(url, "invitee.created")).get(0);

        failing.book(Booking.of(failing.seeded().eventType(SeededOrganization.INTRO_CALL), null, "Mary Somerville",
                "mary@example.com"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> "disabled".equals(subscriptions(failing, "organization", url).get(0).get("state")));
        String recreated = registrar.register(wanted(url, "invitee.created")).get(0);

        assertThat(recreated).isNotEqualTo(disabled);
        List<Map<String, Object>> held = subscriptions(failing, "organization", url);
        assertThat(held).extracting(s -> s.get("uri")).containsExactly(recreated);
        assertThat(held.get(0)).containsEntry("state", "active");
    }

    @Test
    void subscriptionsOfOtherUrlsAreNeverTouched() {
        String mine = uniqueUrl();
        String theirs = uniqueUrl();
        String theirUri = registrar().register(wanted(theirs, "event_type.created")).get(0);
        registrar().register(wanted(mine, "invitee.created"));
        sandbox.wireMock().resetRequests();

        registrar().register(wanted(mine, "invitee.canceled"));

        assertThat(deletedPaths()).doesNotContain(pathOf(theirUri)).hasSize(1);
        List<Map<String, Object>> held = subscriptions("organization", theirs);
        assertThat(held).extracting(s -> s.get("uri")).containsExactly(theirUri);
        assertThat((List<String>) held.get(0).get("events")).containsExactly("event_type.created");
    }

    @Test
    void unregisterDeletesExactlyTheGivenSubscriptions() {
        String gone = uniqueUrl();
        String kept = uniqueUrl();
        WebhookRegistrar registrar = registrar();
        List<String> goneUris = registrar.register(
                WebhookRegistration.of(gone, List.of("invitee.created", "meeting_recap.created"), "organization"));
        String keptUri = registrar.register(wanted(kept, "invitee.created")).get(0);
        sandbox.wireMock().resetRequests();

        registrar.unregister(goneUris);

        assertThat(deletedPaths()).containsExactlyInAnyOrderElementsOf(goneUris.stream().map(
                WebhookRegistrarTest::pathOf).toList());
        assertThat(subscriptions("organization", gone)).isEmpty();
        assertThat(subscriptions("user", gone)).isEmpty();
        assertThat(subscriptions("organization", kept)).extracting(s -> s.get("uri")).containsExactly(keptUri);
    }

    @Test
    void unregisterOfAnAlreadyDeletedSubscriptionSucceeds() {
        String url = uniqueUrl();
        WebhookRegistrar registrar = registrar();
        List<String> uris = registrar.register(wanted(url, "invitee.created"));
        registrar.unregister(uris);

        registrar.unregister(uris);

        assertThat(subscriptions("organization", url)).isEmpty();
    }

    @Test
    void aTokenWithoutWebhooksWriteFailsNamingTheScopesToGrant() {
        String narrow = sandbox.issueToken("users:read", "scheduled_events:read");
        WebhookRegistrar registrar = registrar(sandbox, narrow);
        sandbox.wireMock().resetRequests();

        assertThatThrownBy(() -> registrar.register(wanted(uniqueUrl(), "invitee.created", "event_type.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhooks:write")
                .hasMessageContaining("scheduled_events:read")
                .hasMessageContaining("event_types:read")
                .hasMessageContaining("grant them to the personal access token or OAuth app")
                .message().doesNotContain(narrow).doesNotContain(SIGNING_KEY);
        assertThat(writes(sandbox)).isEmpty();
    }

    @Test
    void theFreePlanFailsSayingWebhooksNeedAPaidPlan() {
        CalendlySandbox free = CalendlySandbox.start(SandboxOptions.defaults().withPlan(SandboxOptions.Plan.FREE));
        ownSandboxes.add(free);
        String url = uniqueUrl();

        assertThatThrownBy(() -> registrar(free, free.issueToken()).register(wanted(url, "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("paid Calendly plan (Standard or higher)")
                .hasMessageContaining("contact.*")
                .message().doesNotContain(SIGNING_KEY);
        assertThat(subscriptions(free, "organization", url)).isEmpty();
    }

    @Test
    void aPlainHttpUrlOfAPublicHostFailsBeforeAnyCallToCalendly() {
        WebhookRegistrar registrar = registrar();
        sandbox.wireMock().resetRequests();

        assertThatThrownBy(() -> registrar.register(wanted("http://hooks.example.com/calendly", "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhookExternalUrl http://hooks.example.com/calendly")
                .hasMessageContaining("public HTTPS URL");
        assertThat(sandbox.wireMock().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aUrlCalendlyRefusesFailsAskingForAPublicHttpsUrl() {
        CalendlySandbox strict = CalendlySandbox.start(SandboxOptions.defaults().withHttpsCallbacksOnly(true));
        ownSandboxes.add(strict);

        assertThatThrownBy(() -> registrar(strict, strict.issueToken())
                .register(wanted("http://localhost:8080/calendly/webhook", "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("Calendly refused the URL")
                .hasMessageContaining("public HTTPS webhookExternalUrl");
    }

    @Test
    void organizationEventsWithMeetingRecapsMakeTwoSubscriptionsInTheRightScopes() {
        String url = uniqueUrl();

        List<String> uris = registrar().register(WebhookRegistration.of(url,
                List.of("invitee.created", "meeting_recap.created"), "organization"));

        List<Map<String, Object>> organization = subscriptions("organization", url);
        List<Map<String, Object>> user = subscriptions("user", url);
        assertThat(organization).hasSize(1);
        assertThat(user).hasSize(1);
        assertThat(uris).containsExactly((String) organization.get(0).get("uri"), (String) user.get(0).get("uri"));
        assertThat((List<String>) organization.get(0).get("events")).containsExactly("invitee.created");
        assertThat((List<String>) user.get(0).get("events")).containsExactly("meeting_recap.created");
        assertThat(user.get(0)).containsEntry("user", sandbox.seeded().owner());
    }

    @Test
    void userScopeDefaultsToTheConnectionsOwnUser() {
        String member = sandbox.seeded().member();
        String url = uniqueUrl();

        String uri = registrar(sandbox, sandbox.issueToken(member, List.of()))
                .register(WebhookRegistration.of(url, List.of("invitee.created"), "user")).get(0);

        List<LoggedRequest> posts = sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo(
                "/webhook_subscriptions")));
        assertThat(posts).anySatisfy(post -> assertThat(post.getBodyAsString())
                .contains("\"url\":\"" + url + "\"").contains("\"scope\":\"user\"")
                .contains("\"user\":\"" + member + "\""));
        assertThat(uri).startsWith(sandbox.baseUrl() + "/webhook_subscriptions/");
    }

    @Test
    void aConflictWithAConcurrentRegistrationReusesTheSubscriptionCreatedMeanwhile() {
        String url = uniqueUrl();
        String concurrent = registrar().register(wanted(url, "invitee.created")).get(0);
        // this start's listing happens before the other process's create: it sees none, and its create gets 409
        sandbox.wireMock().stubFor(get(urlPathEqualTo("/webhook_subscriptions"))
                .inScenario("race").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("listed")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"collection\": [], \"pagination\": {\"count\": 0, \"next_page\": null}}")));
        sandbox.wireMock().resetRequests();

        List<String> uris = registrar().register(wanted(url, "invitee.created"));

        assertThat(uris).containsExactly(concurrent);
        assertThat(sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo("/webhook_subscriptions"))))
                .hasSize(1);
        assertThat(sandbox.wireMock().findAll(anyRequestedFor(urlPathEqualTo("/webhook_subscriptions"))))
                .hasSize(3);
        assertThat(subscriptions("organization", url)).extracting(s -> s.get("uri")).containsExactly(concurrent);
    }

    @Test
    void aSecretInTheQueryOfAPlainHttpUrlIsNotShownInTheRefusal() {
        assertThatThrownBy(() -> registrar().register(wanted("http://hooks.example.com/calendly?token=s3cret-q",
                "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhookExternalUrl http://hooks.example.com/calendly?... uses plain HTTP")
                .message().doesNotContain("s3cret-q");
    }

    @Test
    void aFragmentBeforeAQueryIsCutFromTheShownUrlToo() {
        assertThatThrownBy(() -> registrar().register(wanted("ftp://hooks.example.com/calendly#s3cret-f?x=s3cret-q",
                "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhookExternalUrl ftp://hooks.example.com/calendly?... uses scheme 'ftp'")
                .message().doesNotContain("s3cret");
    }

    @Test
    void aUrlWithoutAHostIsRefusedWithoutShowingItsQuery() {
        assertThatThrownBy(() -> registrar().register(wanted("/calendly/webhook?token=s3cret-q", "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhookExternalUrl /calendly/webhook?... is not an absolute URL with a host")
                .message().doesNotContain("s3cret-q");
    }

    @Test
    void anInvalidUrlIsRefusedWithoutShowingItsQuery() {
        assertThatThrownBy(() -> registrar().register(wanted("https://hooks.example.com/a b?token=s3cret-q",
                "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhookExternalUrl https://hooks.example.com/a b?... is not a valid URL")
                .message().doesNotContain("s3cret-q");
    }

    @Test
    void plainHttpToLocalhostIsRegisteredWithItsQueryIntact() {
        String url = "http://localhost:8080/calendly/webhook?token=s3cret-q&n=" + URLS.incrementAndGet();

        registrar().register(wanted(url, "invitee.created"));

        assertThat(subscriptions("organization", url)).hasSize(1);
    }

    @Test
    void aRefusalByCalendlyShowsTheUrlWithoutItsQuery() {
        sandbox.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(
                "/webhook_subscriptions")).willReturn(aResponse().withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"You do not have permission\"}")));
        String url = uniqueUrl() + "?token=s3cret-q";

        assertThatThrownBy(() -> registrar().register(wanted(url, "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("for webhookExternalUrl " + url.substring(0, url.indexOf('?')) + "?...: ")
                .message().doesNotContain("s3cret-q");
    }

    @Test
    void aForbiddenWithoutTitleAsksForAnOwnerOrAdminQuotingCalendly() {
        sandbox.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(
                "/webhook_subscriptions")).willReturn(aResponse().withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"You do not have permission\"}")));

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("Calendly denied permission (HTTP 403) (Calendly said: You do not have"
                        + " permission). Organization-scoped subscriptions and other users' subscriptions need an"
                        + " organization owner or admin")
                .message().doesNotContain("lacks scope").doesNotContain("paid Calendly plan");
    }

    @Test
    void anExplicitUserIsSubscribedInsteadOfTheTokensOwn() {
        String member = sandbox.seeded().member();
        String url = uniqueUrl();
        sandbox.wireMock().resetRequests();

        String uri = registrar().register(WebhookRegistration.of(url, List.of("invitee.created"), "user")
                .withUser(member).withSigningKey(SIGNING_KEY)).get(0);

        List<LoggedRequest> posts = sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo(
                "/webhook_subscriptions")));
        assertThat(posts).singleElement().satisfies(post -> assertThat(post.getBodyAsString())
                .contains("\"scope\":\"user\"").contains("\"user\":\"" + member + "\""));
        assertThat(uri).startsWith(sandbox.baseUrl() + "/webhook_subscriptions/");
        assertThat(subscriptions("user", url)).isEmpty();
    }

    @Test
    void anExplicitUsersSubscriptionIsReusedOnTheNextStart() {
        String member = sandbox.seeded().member();
        String url = uniqueUrl();
        WebhookRegistration wanted = WebhookRegistration.of(url, List.of("invitee.created"), "user").withUser(member);
        String first = registrar().register(wanted).get(0);
        sandbox.wireMock().resetRequests();

        List<String> second = registrar().register(wanted);

        assertThat(second).containsExactly(first);
        assertThat(writes(sandbox)).isEmpty();
    }

    @Test
    void aGroupScopeSendsTheGivenGroupToCalendly() throws Exception {
        String group = seededGroup("Sales");
        String url = uniqueUrl();
        sandbox.wireMock().resetRequests();

        List<String> created = registrar().register(WebhookRegistration.of(url, List.of("invitee.created"), "group")
                .withGroup(group));

        assertThat(created).hasSize(1);
        List<LoggedRequest> posts = sandbox.wireMock().findAll(postRequestedFor(urlPathEqualTo(
                "/webhook_subscriptions")));
        assertThat(posts).singleElement().satisfies(post -> assertThat(post.getBodyAsString())
                .contains("\"scope\":\"group\"").contains("\"group\":\"" + group + "\"")
                .doesNotContain("\"user\""));
        assertThat(sandbox.wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/webhook_subscriptions")))).isNotEmpty().allSatisfy(list -> assertThat(list.getUrl())
                        .contains("scope=group").contains("group="));
    }

    @Test
    void aGroupCalendlyDoesNotKnowIsNamedInTheRegistrationError() {
        String group = sandbox.baseUrl() + "/groups/GROUP-" + URLS.incrementAndGet();

        assertThatThrownBy(() -> registrar().register(WebhookRegistration.of(uniqueUrl(), List.of("invitee.created"),
                "group").withGroup(group)))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("Could not create the group-scoped webhook subscription for events"
                        + " invitee.created")
                .hasMessageContaining("HTTP 404 Resource Not Found");
    }

    /** The URI of the sandbox's seeded group called {@code name}, as Calendly lists it. */
    private static String seededGroup(String name) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/groups?organization="
                        + java.net.URLEncoder.encode(sandbox.seeded().organization(),
                                java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        for (com.fasterxml.jackson.databind.JsonNode listed : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(answer.body()).path("collection")) {
            if (name.equals(listed.path("name").asText())) {
                return listed.path("uri").asText();
            }
        }
        throw new AssertionError("the sandbox has no group " + name + ": " + answer.body());
    }

    @Test
    void aFailedDeleteIsNamedAndTheOthersAreStillDeleted() {
        String failing = registrar().register(wanted(uniqueUrl(), "invitee.created")).get(0);
        String url = uniqueUrl();
        String deleted = registrar().register(wanted(url, "invitee.created")).get(0);
        sandbox.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(
                pathOf(failing))).willReturn(aResponse().withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"title\": \"Internal Server Error\"}")));
        WebhookRegistrar registrar = registrar();

        assertThatThrownBy(() -> registrar.unregister(List.of(failing, deleted)))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("Could not delete the Calendly webhook subscription " + failing + " (")
                .hasMessageContaining("Calendly keeps delivering to them")
                .satisfies(e -> assertThat(e.getCause()).isInstanceOfSatisfying(
                        io.github.camelcalendly.CalendlyApiException.class,
                        cause -> assertThat(cause.getStatusCode()).isEqualTo(500)))
                .message().doesNotContain(deleted);
        assertThat(subscriptions("organization", url)).isEmpty();
    }

    @Test
    void twoFailedDeletesAreBothNamed() {
        String first = registrar().register(wanted(uniqueUrl(), "invitee.created")).get(0);
        String second = registrar().register(wanted(uniqueUrl(), "invitee.created")).get(0);
        sandbox.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathMatching(
                "/webhook_subscriptions/.*")).willReturn(aResponse().withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"title\": \"Internal Server Error\"}")));
        WebhookRegistrar registrar = registrar();

        assertThatThrownBy(() -> registrar.unregister(List.of(first, second)))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("Could not delete the Calendly webhook subscriptions " + first + " (")
                .hasMessageContaining(", " + second + " (");
    }

    /** Calendly answers every subscription create with {@code status} and {@code json}. */
    private static void createAnswers(int status, String json) {
        sandbox.wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(
                "/webhook_subscriptions")).willReturn(aResponse().withStatus(status)
                        .withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Test
    void aForbiddenWithNeitherTitleNorMessageAsksForAnOwnerOrAdmin() {
        createAnswers(403, "{}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageEndingWith(": Calendly denied permission (HTTP 403). Organization-scoped subscriptions"
                        + " and other users' subscriptions need an organization owner or admin: use a token of an"
                        + " owner or admin, or scope=user for the token's own user");
    }

    @Test
    void aForbiddenNamingThePlanSaysWebhooksNeedAPaidPlan() {
        createAnswers(403, "{\"title\": \"Permission Denied\", \"message\": \"Not available on your plan\"}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("webhooks need a paid Calendly plan (Standard or higher)")
                .hasMessageContaining("(Calendly said: Not available on your plan)");
    }

    @Test
    void aScopeErrorNamingWebhooksReadAsksOnlyForWebhooksWriteWhichIncludesIt() {
        createAnswers(403, "{\"title\": \"Permission Denied\", \"message\": \"Missing scopes\","
                + " \"required_scopes\": [\"webhooks:read\"]}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("the access token lacks scope webhooks:read (HTTP 403 Insufficient scope)."
                        + " Registering these webhook events needs the scopes webhooks:write,"
                        + " scheduled_events:read: grant them");
    }

    @Test
    void aScopeErrorByTitleAloneSaysCalendlyDidNotNameTheScope() {
        createAnswers(403, "{\"title\": \"Insufficient Scope\"}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "event_type.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageContaining("the access token lacks scope (not named by Calendly) (HTTP 403 Insufficient"
                        + " scope). Registering these webhook events needs the scopes webhooks:write,"
                        + " event_types:read: grant them");
    }

    @Test
    void aBadRequestWithoutDetailsQuotesCalendlysMessage() {
        createAnswers(400, "{\"title\": \"Invalid Argument\", \"message\": \"The supplied parameters are"
                + " invalid.\"}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageEndingWith(": Calendly refused the request (HTTP 400: The supplied parameters are invalid.)."
                        + " Check the events, scope, organization, user and group options");
    }

    @Test
    void aBadRequestWithSeveralDetailsListsThemAll() {
        createAnswers(400, "{\"title\": \"Invalid Argument\", \"message\": \"The supplied parameters are"
                + " invalid.\", \"details\": [{\"parameter\": \"events\", \"message\": \"is invalid\"},"
                + " {\"message\": \"something else\"}]}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageEndingWith(": Calendly refused the request (HTTP 400: events is invalid; something else)."
                        + " Check the events, scope, organization, user and group options");
    }

    @Test
    void aRateLimitSaysToStartAgainOnceItResets() {
        createAnswers(429, "{\"title\": \"Too Many Requests\"}");

        assertThatThrownBy(() -> registrar().register(wanted(uniqueUrl(), "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageEndingWith(": Calendly's rate limit was reached (HTTP 429). Start the route again once"
                        + " it resets");
    }

    @Test
    void anUnreachableCalendlyIsNamedWithTheUrlWithoutItsQuery() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CamelContext context = new DefaultCamelContext();
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setAccessToken(token);
        component.setBaseUrl("http://127.0.0.1:" + closedPort);
        component.setMaxRetries(0);
        context.start();
        contexts.add(context);
        WebhookRegistrar registrar = registrarOf(context);

        assertThatThrownBy(() -> registrar.register(wanted("https://hooks.example.com/c?token=s3cret-q",
                "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("Could not look up the token's own user and organization for"
                        + " webhookExternalUrl https://hooks.example.com/c?...: ")
                .hasMessageEndingWith(". Check baseUrl and the network between this route and Calendly")
                .message().doesNotContain("s3cret-q");
    }

    @Test
    void aUrlThatIsOnlyAQueryIsShownWithoutIt() {
        assertThatThrownBy(() -> registrar().register(wanted("?token=s3cret-q", "invitee.created")))
                .isInstanceOf(WebhookRegistrationException.class)
                .hasMessageStartingWith("webhookExternalUrl ?... is not an absolute URL with a host")
                .message().doesNotContain("s3cret-q");
    }
}
