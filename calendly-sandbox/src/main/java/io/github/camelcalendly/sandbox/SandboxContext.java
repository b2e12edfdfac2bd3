package io.github.camelcalendly.sandbox;

import java.time.Clock;
import java.time.Instant;

import io.github.camelcalendly.sandbox.auth.TokenRegistry;
import io.github.camelcalendly.sandbox.contacts.ContactBook;
import io.github.camelcalendly.sandbox.enterprise.ActivityLog;
import io.github.camelcalendly.sandbox.enterprise.OutgoingCommunications;
import io.github.camelcalendly.sandbox.ratelimit.RateLimiter;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;
import io.github.camelcalendly.sandbox.webhook.EventBus;
import io.github.camelcalendly.sandbox.webhook.WebhookSigningKeys;

/**
 * What every part of a running sandbox shares: its options and clock, its URLs, the state, the tokens, the rate
 * limiter and the event bus. State is read and changed only while holding {@link #lock()}.
 */
public final class SandboxContext {

    private final Object lock = new Object();
    private final SandboxOptions options;
    private final String baseUrl;
    private final String authUrl;
    private final SandboxStore store;
    private final SeededOrganization seeded;
    private final TokenRegistry tokens;
    private final RateLimiter rateLimiter;
    private final EventBus events = new EventBus();
    private final WebhookSigningKeys webhookSigningKeys = new WebhookSigningKeys();
    private final ContactBook contactBook = new ContactBook();
    private final ActivityLog activityLog;
    private final OutgoingCommunications outgoingCommunications;

    SandboxContext(SandboxOptions options, String baseUrl, String authUrl, SandboxStore store,
            SeededOrganization seeded) {
        this.options = options;
        this.baseUrl = baseUrl;
        this.authUrl = authUrl;
        this.store = store;
        this.seeded = seeded;
        this.tokens = new TokenRegistry(options.clock());
        this.rateLimiter = new RateLimiter(options.requestsPerWindow(), options.rateLimitWindow(), options.clock());
        this.activityLog = new ActivityLog(this);
        this.outgoingCommunications = new OutgoingCommunications(this);
    }

    public Object lock() {
        return lock;
    }

    public SandboxOptions options() {
        return options;
    }

    public Clock clock() {
        return options.clock();
    }

    public Instant now() {
        return options.clock().instant();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String authUrl() {
        return authUrl;
    }

    public SandboxStore store() {
        return store;
    }

    public SeededOrganization seeded() {
        return seeded;
    }

    public TokenRegistry tokens() {
        return tokens;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public EventBus events() {
        return events;
    }

    /** The organization's activity log: every raised event and the management actions handlers record. */
    public ActivityLog activityLog() {
        return activityLog;
    }

    /** The emails Calendly sent for bookings and cancellations. */
    public OutgoingCommunications outgoingCommunications() {
        return outgoingCommunications;
    }

    /** The signing keys webhook subscriptions were created with, kept apart from their JSON. */
    public WebhookSigningKeys webhookSigningKeys() {
        return webhookSigningKeys;
    }

    /** Who owns each contact, List, View and note, with contact field values and List members. */
    public ContactBook contactBook() {
        return contactBook;
    }
}
