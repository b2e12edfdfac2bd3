package io.github.camelcalendly.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.github.camelcalendly.sandbox.api.ApiModules;
import io.github.camelcalendly.sandbox.eventtypes.EventTypeChanges;
import io.github.camelcalendly.sandbox.auth.Scopes;
import io.github.camelcalendly.sandbox.booking.Bookings;
import io.github.camelcalendly.sandbox.booking.JavaApiErrors;
import io.github.camelcalendly.sandbox.booking.SeedBookings;
import io.github.camelcalendly.sandbox.groups.SeedGroups;
import io.github.camelcalendly.sandbox.http.ApiExtension;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.oauth.OAuthExtension;
import io.github.camelcalendly.sandbox.oauth.TokenRequestGate;
import io.github.camelcalendly.sandbox.oauth.TokenRequest;
import io.github.camelcalendly.sandbox.recaps.MeetingRecaps;
import io.github.camelcalendly.sandbox.recaps.SeedMeetingRecaps;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.routing.RoutingFormVisits;
import io.github.camelcalendly.sandbox.routing.RoutingForms;
import io.github.camelcalendly.sandbox.routing.SeedRoutingForms;
import io.github.camelcalendly.sandbox.state.Seed;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.CalendlyEvent;
import io.github.camelcalendly.sandbox.webhook.WebhookDelivery;
import io.github.camelcalendly.sandbox.webhook.WebhookDispatcher;

/**
 * A local, stateful Calendly: the API on one WireMock server, OAuth on another, both answered from in-memory state
 * seeded with a small organization. Start one per test class (or per test), point the client at {@link #baseUrl()}
 * with a token from {@link #issueToken(String...)}, and close it afterwards.
 *
 * <pre>{@code
 * try (CalendlySandbox sandbox = CalendlySandbox.start()) {
 *     String token = sandbox.issueToken("scheduled_events:read");
 *     // GET sandbox.baseUrl() + "/scheduled_events?user=" + sandbox.seeded().owner()
 * }
 * }</pre>
 *
 * The underlying servers stay reachable ({@link #wireMock()}, {@link #authWireMock()}): a stub added there takes
 * precedence over the sandbox's own answers, so a test can inject a fault for one path, and the request journal
 * verifies what a client sent.
 */
public final class CalendlySandbox implements AutoCloseable {

    /** Priority of the catch-all stubs; any stub a test adds without a priority wins over them. */
    private static final int SANDBOX_PRIORITY = 100;

    private final WireMockServer api;
    private final WireMockServer auth;
    private final SandboxContext context;
    private final WebhookDispatcher webhooks;
    private final OAuthExtension oauth;
    private final Router routes;

    private CalendlySandbox(WireMockServer api, WireMockServer auth, SandboxContext context,
            WebhookDispatcher webhooks, OAuthExtension oauth, Router routes) {
        this.api = api;
        this.auth = auth;
        this.context = context;
        this.webhooks = webhooks;
        this.oauth = oauth;
        this.routes = routes;
    }

    /** Starts a sandbox with {@link SandboxOptions#defaults()}. */
    public static CalendlySandbox start() {
        return start(SandboxOptions.defaults());
    }

    public static CalendlySandbox start(SandboxOptions options) {
        ApiExtension apiExtension = new ApiExtension();
        OAuthExtension oauthExtension = new OAuthExtension();
        WireMockServer api = new WireMockServer(WireMockConfiguration.options().port(options.port()).extensions(apiExtension));
        WireMockServer auth = new WireMockServer(WireMockConfiguration.options().port(options.authPort()).extensions(oauthExtension));
        try {
            api.start();
            auth.start();
            String baseUrl = "http://localhost:" + api.port();
            String authUrl = "http://localhost:" + auth.port();
            SandboxStore store = new SandboxStore(baseUrl, options.idSeed());
            SeededOrganization seeded = Seed.populate(store, options.clock().instant(),
                    options.plan().organizationPlan());
            SeedBookings.populate(store, seeded, options.clock().instant());
            SeedMeetingRecaps.populate(store, options.clock().instant());
            SeedRoutingForms.populate(store, seeded, options.clock().instant());
            SeedGroups.populate(store, seeded, options.clock().instant());
            SandboxContext context = new SandboxContext(options, baseUrl, authUrl, store, seeded);
            Router routes = ApiModules.routes(context);
            apiExtension.attach(context, routes);
            oauthExtension.attach(context);
            WebhookDispatcher webhooks = new WebhookDispatcher(context).start();
            CalendlySandbox sandbox = new CalendlySandbox(api, auth, context, webhooks, oauthExtension, routes);
            sandbox.restoreDefaultStubs();
            return sandbox;
        } catch (RuntimeException e) {
            stopQuietly(api, e);
            stopQuietly(auth, e);
            throw e;
        }
    }

    /** Stops a server that did start, keeping the start failure as the error to report. */
    private static void stopQuietly(WireMockServer server, RuntimeException startFailure) {
        if (!server.isRunning()) {
            return;
        }
        try {
            server.stop();
        } catch (RuntimeException stopFailure) {
            startFailure.addSuppressed(stopFailure);
        }
    }

    /** The API base URL, like {@code https://api.calendly.com}. */
    public String baseUrl() {
        return context.baseUrl();
    }

    /** The OAuth base URL, like {@code https://auth.calendly.com}. */
    public String authUrl() {
        return context.authUrl();
    }

    public SandboxOptions options() {
        return context.options();
    }

    /** The URIs of the seeded organization, its users and event types. */
    public SeededOrganization seeded() {
        return context.seeded();
    }

    /**
     * A personal access token for the organization's owner carrying {@code scopes}; with none, it carries every
     * Calendly scope.
     */
    public String issueToken(String... scopes) {
        return issueToken(context.seeded().owner(), Arrays.asList(scopes));
    }

    /** A personal access token for one of the seeded users carrying {@code scopes} (all when empty). */
    public String issueToken(String userUri, Collection<String> scopes) {
        requireSeededUser(userUri);
        Collection<String> granted = scopes.isEmpty() ? Scopes.ALL : scopes;
        return context.tokens().issuePersonal(userUri, context.seeded().organization(), granted).token();
    }

    // --- OAuth -------------------------------------------------------------------------------------------------

    /**
     * An authorization code for the registered OAuth client ({@code options().oauthClient()}) and its redirect URI,
     * as if the seeded owner had consented in a browser: redeem it at {@code authUrl() + "/oauth/token"} within ten
     * minutes. {@code scopes} empty means every scope; {@code codeChallenge} is an S256 PKCE challenge, or null for a
     * client that authenticates with its secret.
     */
    public String authorizationCode(Collection<String> scopes, String codeChallenge) {
        return oauth.consent(context.seeded().owner(), scopes, codeChallenge);
    }

    /**
     * Like {@link #authorizationCode(Collection, String)}, as if {@code userUri}, one of the seeded users, had
     * consented: the tokens it is redeemed for act as that user ({@code owner}) in the seeded organization.
     *
     * @throws IllegalArgumentException when {@code userUri} is not a seeded user
     */
    public String authorizationCode(String userUri, Collection<String> scopes, String codeChallenge) {
        return oauth.consent(requireSeededUser(userUri), scopes, codeChallenge);
    }

    /**
     * Revokes every grant the registered OAuth client holds for {@code userUri}, as when the user disconnects the
     * app in Calendly: its refresh tokens (refreshing answers {@code invalid_grant}), its OAuth access tokens (the API
     * answers 401) and codes not yet redeemed. Personal access tokens stay valid, and a fresh code reconnects.
     *
     * @throws IllegalArgumentException when {@code userUri} is not a seeded user
     */
    public void revokeGrantsOf(String userUri) {
        oauth.revokeGrantsOf(requireSeededUser(userUri));
    }

    /**
     * Every request the OAuth host's token endpoint answered (not those a test's own stub answered), oldest first:
     * when, which grant type, whose code or refresh token, and the status. Holds no token values.
     */
    public List<TokenRequest> tokenRequests() {
        return oauth.tokenRequests();
    }

    /**
     * Holds the token requests that arrive from now on before the sandbox looks at them, until the returned gate
     * {@linkplain TokenRequestGate#open() opens} or {@linkplain TokenRequestGate#dropHeld() drops} them: a client
     * caught in the middle of a refresh. {@link #restoreDefaultStubs()} and {@link #close()} open it.
     */
    public TokenRequestGate holdTokenRequests() {
        return oauth.holdTokenRequests();
    }

    // -----------------------------------------------------------------------------------------------------------

    /** Every event the sandbox has raised (bookings, cancellations, no-shows, event type changes), oldest first. */
    public List<CalendlyEvent> events() {
        return context.events().published();
    }

    /**
     * Every webhook delivery so far (queued, retrying, delivered or given up), oldest first, with the exact body
     * and signature sent.
     */
    public List<WebhookDelivery> deliveries() {
        return webhooks.deliveries();
    }

    /** The key deliveries are signed with when their subscription was created without a {@code signing_key}. */
    public String webhookSigningKey() {
        return context.options().webhookSigningKey();
    }

    /**
     * Waits until at least {@code count} webhook deliveries have made their first attempt and returns those, oldest
     * first.
     *
     * @throws IllegalStateException naming how many arrived when fewer did within {@code timeout}
     */
    public List<WebhookDelivery> awaitDeliveries(int count, Duration timeout) {
        try {
            return webhooks.awaitDeliveries(count, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + count + " webhook deliveries", e);
        }
    }

    /**
     * Books as an invitee would on the booking page: creates the scheduled event (or joins a group event) and the
     * invitee, and raises {@code invitee.created}.
     *
     * @throws IllegalArgumentException when the event type, the slot or the invitee details are not bookable
     */
    public BookingResult book(Booking booking) {
        synchronized (context.lock()) {
            return JavaApiErrors.translate(() -> new Bookings(context).book(booking, null, null));
        }
    }

    /**
     * The invitee cancels: the invitee (and a one-on-one event) become canceled with {@code canceler_type}
     * "invitee", and {@code invitee.canceled} is raised.
     *
     * @throws IllegalArgumentException when there is no such invitee
     * @throws IllegalStateException    when the invitee already canceled
     */
    public void cancel(String inviteeUri, String reason) {
        synchronized (context.lock()) {
            JavaApiErrors.translate(() -> {
                new Bookings(context).cancelByInvitee(inviteeUri, reason);
                return null;
            });
        }
    }

    /**
     * The invitee reschedules to {@code newStart}: the old invitee is canceled with {@code rescheduled: true} and
     * {@code new_invitee} set, a new event and invitee are created with {@code old_invitee} set, and
     * {@code invitee.canceled} then {@code invitee.created} are raised.
     *
     * @throws IllegalArgumentException when there is no such invitee or the new time is not available
     * @throws IllegalStateException    when the invitee already canceled
     */
    public BookingResult reschedule(String inviteeUri, Instant newStart) {
        synchronized (context.lock()) {
            return JavaApiErrors.translate(() -> new Bookings(context).reschedule(inviteeUri, newStart));
        }
    }

    /**
     * Deletes an event type as its owner would in the Calendly UI (the API has no delete): it gains
     * {@code deleted_at}, leaves every list, and {@code event_type.deleted} is raised. Returns the deleted object.
     *
     * @throws IllegalArgumentException when there is no such live event type
     */
    public ObjectNode deleteEventType(String eventTypeUri) {
        return new EventTypeChanges().delete(context, eventTypeUri);
    }

    // --- Notetaker meeting recaps ------------------------------------------------------------------------------

    /**
     * Calendly's Notetaker finishes recording a held meeting: the recap of {@code scheduledEventUri} (summary, action
     * items, discussion, attendees) and its transcript are created, owned by the meeting's host(s), and
     * {@code meeting_recap.created} is raised to their user-scoped subscriptions. Returns the recap as
     * {@code GET /meeting_recaps/{uuid}} answers it. Seeded meetings that were held already have one.
     *
     * @throws IllegalArgumentException when there is no such scheduled event
     * @throws IllegalStateException    on the free plan, or when the meeting was canceled, has not ended by the
     *                                  sandbox clock or already has a recap
     */
    public ObjectNode recordMeetingRecap(String scheduledEventUri) {
        synchronized (context.lock()) {
            return new MeetingRecaps(context).record(scheduledEventUri).deepCopy();
        }
    }

    // --- Routing forms ------------------------------------------------------------------------------------------

    /**
     * The URI of the seeded organization's routing form called {@code name}: "Contact Sales", "Support Triage"
     * or the draft "Partner Application" (see the README).
     *
     * @throws IllegalArgumentException when there is no such form
     */
    public String routingForm(String name) {
        synchronized (context.lock()) {
            return new RoutingForms(context.store()).of(context.seeded().organization()).stream()
                    .filter(form -> form.path("name").asText().equals(name))
                    .map(form -> form.path("uri").asText())
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No routing form named '" + name + "'"));
        }
    }

    /**
     * A visitor submits a routing form with {@code answers} by question text (e.g. {@code "Company size" -> "1-10"}):
     * the submission is routed by the form's rules (an event type, or the form's custom message or external URL when
     * no rule matches), stored with {@code submitter} null, and {@code routing_form_submission.created} is raised
     * for organization-scoped subscriptions. Book through it with {@link Booking#withRoutingFormSubmission(String)}.
     * Returns the submission as the API shows it.
     *
     * @throws IllegalArgumentException when there is no such form, a question is unknown, a required one is
     *                                  unanswered, or an answer is not one of the question's choices
     * @throws IllegalStateException    when the form is a draft
     */
    public ObjectNode submitRoutingForm(String formUri, Map<String, String> answers) {
        return submitRoutingForm(formUri, answers, Map.of());
    }

    /**
     * As {@link #submitRoutingForm(String, Map)}, from a page visited with {@code tracking} ({@code utm_campaign},
     * {@code utm_source}, {@code utm_medium}, {@code utm_content}, {@code utm_term}, {@code salesforce_uuid}).
     */
    public ObjectNode submitRoutingForm(String formUri, Map<String, String> answers, Map<String, String> tracking) {
        synchronized (context.lock()) {
            return new RoutingFormVisits(context).submit(formUri, answers, tracking);
        }
    }

    // -----------------------------------------------------------------------------------------------------------

    /**
     * The API endpoints the sandbox answers from its state, as {@code "GET /scheduled_events/{uuid}"}: every endpoint
     * the component calls. Any other path under one of their collections answers 404, as Calendly does; a path
     * outside them answers 501.
     */
    public List<String> modelledEndpoints() {
        return routes.routes().stream().map(route -> route.method() + " " + route.path()).toList();
    }

    /** The API server, to add stubs that take precedence (faults, delays) and to verify requests. */
    public WireMockServer wireMock() {
        return api;
    }

    /** The OAuth server, for the same purposes. */
    public WireMockServer authWireMock() {
        return auth;
    }

    /**
     * Removes every stub a test added and every recorded request, leaving the sandbox's own answers. The state
     * (bookings, subscriptions, tokens) is kept.
     */
    public void restoreDefaultStubs() {
        oauth.openTokenRequests();
        api.resetAll();
        auth.resetAll();
        api.stubFor(any(anyUrl()).atPriority(SANDBOX_PRIORITY)
                .willReturn(aResponse().withTransformers(ApiExtension.NAME)));
        auth.stubFor(any(anyUrl()).atPriority(SANDBOX_PRIORITY)
                .willReturn(aResponse().withTransformers(OAuthExtension.NAME)));
    }

    private String requireSeededUser(String userUri) {
        if (userUri == null || !context.seeded().users().contains(userUri)) {
            throw new IllegalArgumentException("No sandbox user " + userUri + "; users: " + context.seeded().users());
        }
        return userUri;
    }

    /** The shared state, for the sandbox's own services. */
    SandboxContext context() {
        return context;
    }

    @Override
    public void close() {
        oauth.openTokenRequests();
        try {
            webhooks.close();
            api.stop();
        } finally {
            auth.stop();
        }
    }
}
