package io.github.camelcalendly.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a sandbox behaves. Immutable; every {@code withX} returns a copy. The defaults are Calendly's own figures
 * where Calendly publishes one.
 *
 * @param port                  the API server's port; 0 picks a free one
 * @param authPort              the OAuth server's port; 0 picks a free one
 * @param requestsPerWindow     requests a token may make per rate-limit window (Calendly: 500 a minute)
 * @param rateLimitWindow       the rate-limit window (Calendly: one minute)
 * @param clock                 the sandbox's notion of now (tokens, rate limits, availability, timestamps)
 * @param plan                  the Calendly plan the seeded organization is on; gates webhooks and the Scheduling API
 * @param webhookSigningKey     the key deliveries are signed with when a subscription was created without one
 * @param deliveryFirstRetry    the wait before the first retry of a failed webhook delivery; doubles after each
 * @param deliveryMaxBackoff    the longest wait between two delivery attempts
 * @param deliveryRetryWindow   how long failed deliveries are retried before the subscription turns disabled
 *                              (Calendly: 24 hours)
 * @param deliveryTimeout       how long one delivery attempt waits for the receiver
 * @param httpsCallbacksOnly    when true, webhook URLs must be HTTPS even on loopback; when false (default), plain
 *                              HTTP is accepted for localhost and 127.0.0.1 only, as a sandbox app allows
 * @param oauthClient           the OAuth application registered in the sandbox
 * @param accessTokenLifetime   how long an OAuth access token lives (Calendly: two hours)
 * @param tokenRequestsPerMinute  token endpoint requests each user may make in any 60 seconds (Calendly: 8); 0 means
 *                              unlimited
 * @param idSeed                seed for the generated resource ids, so a run is repeatable
 */
public record SandboxOptions(int port, int authPort, int requestsPerWindow, Duration rateLimitWindow, Clock clock,
        Plan plan, String webhookSigningKey, Duration deliveryFirstRetry, Duration deliveryMaxBackoff,
        Duration deliveryRetryWindow, Duration deliveryTimeout, boolean httpsCallbacksOnly, OAuthClient oauthClient,
        Duration accessTokenLifetime, int tokenRequestsPerMinute, long idSeed) {

    /** The Calendly plans that change what the API allows. */
    public enum Plan {
        /** Free: no webhooks (except contact events) and no Scheduling API. */
        FREE("free"),
        /** Standard (paid, below Enterprise): webhooks and the Scheduling API. */
        STANDARD("professional"),
        /**
         * Enterprise: everything Standard has, plus the activity log, outgoing communications and data compliance
         * deletions.
         */
        ENTERPRISE("enterprise");

        private final String organizationPlan;

        Plan(String organizationPlan) {
            this.organizationPlan = organizationPlan;
        }

        /** The {@code plan} the seeded organization shows. */
        public String organizationPlan() {
            return organizationPlan;
        }

        /** Whether this is a paid plan (Standard or above). */
        public boolean isPaid() {
            return this != FREE;
        }

        /** Whether this plan includes what Calendly keeps for Enterprise. */
        public boolean isEnterprise() {
            return this == ENTERPRISE;
        }
    }

    /** An OAuth application: its credentials and the one redirect URI it registered. */
    public record OAuthClient(String clientId, String clientSecret, String redirectUri) {

        public OAuthClient {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(redirectUri, "redirectUri");
        }

        @Override
        public String toString() {
            return "OAuthClient[clientId=" + clientId + ", redirectUri=" + redirectUri + "]";
        }
    }

    public SandboxOptions {
        Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(webhookSigningKey, "webhookSigningKey");
        Objects.requireNonNull(deliveryFirstRetry, "deliveryFirstRetry");
        Objects.requireNonNull(deliveryMaxBackoff, "deliveryMaxBackoff");
        Objects.requireNonNull(deliveryRetryWindow, "deliveryRetryWindow");
        Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
        Objects.requireNonNull(oauthClient, "oauthClient");
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        if (port < 0 || authPort < 0) {
            throw new IllegalArgumentException("ports must be 0 (any free port) or positive");
        }
        if (tokenRequestsPerMinute < 0) {
            throw new IllegalArgumentException("tokenRequestsPerMinute must be 0 (unlimited) or positive, was "
                    + tokenRequestsPerMinute);
        }
        if (requestsPerWindow < 1) {
            throw new IllegalArgumentException("requestsPerWindow must be at least 1, was " + requestsPerWindow);
        }
        requirePositive("rateLimitWindow", rateLimitWindow);
        requirePositive("deliveryFirstRetry", deliveryFirstRetry);
        requirePositive("deliveryMaxBackoff", deliveryMaxBackoff);
        requirePositive("deliveryRetryWindow", deliveryRetryWindow);
        requirePositive("deliveryTimeout", deliveryTimeout);
        requirePositive("accessTokenLifetime", accessTokenLifetime);
        if (webhookSigningKey.isEmpty()) {
            throw new IllegalArgumentException("webhookSigningKey must not be empty");
        }
    }

    /** Calendly's figures, a random free port for each server, and a fixed id seed. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, 0, 500, Duration.ofMinutes(1), Clock.systemUTC(), Plan.STANDARD,
                "sandbox-webhook-signing-key", Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofHours(24),
                Duration.ofSeconds(10), false,
                new OAuthClient("sandbox-client-id", "sandbox-client-secret", "http://localhost:8080/callback"),
                Duration.ofHours(2), 8, 20260501L);
    }

    public SandboxOptions withPort(int value) {
        return copy(b -> b.port = value);
    }

    public SandboxOptions withAuthPort(int value) {
        return copy(b -> b.authPort = value);
    }

    /** Allows {@code requests} per {@code window} for each token. */
    public SandboxOptions withRateLimit(int requests, Duration window) {
        return copy(b -> {
            b.requestsPerWindow = requests;
            b.rateLimitWindow = window;
        });
    }

    public SandboxOptions withClock(Clock value) {
        return copy(b -> b.clock = value);
    }

    public SandboxOptions withPlan(Plan value) {
        return copy(b -> b.plan = value);
    }

    public SandboxOptions withWebhookSigningKey(String value) {
        return copy(b -> b.webhookSigningKey = value);
    }

    /** Retries failed deliveries after {@code firstRetry}, doubling up to {@code maxBackoff}, for {@code window}. */
    public SandboxOptions withDeliveryRetries(Duration firstRetry, Duration maxBackoff, Duration window) {
        return copy(b -> {
            b.deliveryFirstRetry = firstRetry;
            b.deliveryMaxBackoff = maxBackoff;
            b.deliveryRetryWindow = window;
        });
    }

    public SandboxOptions withDeliveryTimeout(Duration value) {
        return copy(b -> b.deliveryTimeout = value);
    }

    public SandboxOptions withHttpsCallbacksOnly(boolean value) {
        return copy(b -> b.httpsCallbacksOnly = value);
    }

    public SandboxOptions withOAuthClient(OAuthClient value) {
        return copy(b -> b.oauthClient = value);
    }

    public SandboxOptions withAccessTokenLifetime(Duration value) {
        return copy(b -> b.accessTokenLifetime = value);
    }

    /** Allows each user {@code value} token endpoint requests in any 60 seconds; 0 lifts the limit. */
    public SandboxOptions withTokenRequestsPerMinute(int value) {
        return copy(b -> b.tokenRequestsPerMinute = value);
    }

    public SandboxOptions withIdSeed(long value) {
        return copy(b -> b.idSeed = value);
    }

    /** These options with {@code change} applied, checked again by the constructor. */
    private SandboxOptions copy(java.util.function.Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return new SandboxOptions(b.port, b.authPort, b.requestsPerWindow, b.rateLimitWindow, b.clock, b.plan,
                b.webhookSigningKey, b.deliveryFirstRetry, b.deliveryMaxBackoff, b.deliveryRetryWindow,
                b.deliveryTimeout, b.httpsCallbacksOnly, b.oauthClient, b.accessTokenLifetime,
                b.tokenRequestsPerMinute, b.idSeed);
    }

    /** The fields of one copy while a {@code withX} changes some of them. */
    private static final class Copy {
        private int port;
        private int authPort;
        private int requestsPerWindow;
        private Duration rateLimitWindow;
        private Clock clock;
        private Plan plan;
        private String webhookSigningKey;
        private Duration deliveryFirstRetry;
        private Duration deliveryMaxBackoff;
        private Duration deliveryRetryWindow;
        private Duration deliveryTimeout;
        private boolean httpsCallbacksOnly;
        private OAuthClient oauthClient;
        private Duration accessTokenLifetime;
        private int tokenRequestsPerMinute;
        private long idSeed;

        private Copy(SandboxOptions o) {
            port = o.port;
            authPort = o.authPort;
            requestsPerWindow = o.requestsPerWindow;
            rateLimitWindow = o.rateLimitWindow;
            clock = o.clock;
            plan = o.plan;
            webhookSigningKey = o.webhookSigningKey;
            deliveryFirstRetry = o.deliveryFirstRetry;
            deliveryMaxBackoff = o.deliveryMaxBackoff;
            deliveryRetryWindow = o.deliveryRetryWindow;
            deliveryTimeout = o.deliveryTimeout;
            httpsCallbacksOnly = o.httpsCallbacksOnly;
            oauthClient = o.oauthClient;
            accessTokenLifetime = o.accessTokenLifetime;
            tokenRequestsPerMinute = o.tokenRequestsPerMinute;
            idSeed = o.idSeed;
        }
    }

    @Override
    public String toString() {
        return "SandboxOptions[port=" + port + ", authPort=" + authPort + ", requestsPerWindow=" + requestsPerWindow
                + ", rateLimitWindow=" + rateLimitWindow + ", plan=" + plan + ", deliveryFirstRetry="
                + deliveryFirstRetry + ", deliveryRetryWindow=" + deliveryRetryWindow + ", httpsCallbacksOnly="
                + httpsCallbacksOnly + ", oauthClient=" + oauthClient + ", accessTokenLifetime=" + accessTokenLifetime
                + ", tokenRequestsPerMinute=" + tokenRequestsPerMinute + "]";
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
