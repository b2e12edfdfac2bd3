package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import io.github.camelcalendly.CalendlyConnectionRevokedException;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.auth.AccessTokenProvider;
import io.github.camelcalendly.auth.StoredTokens;
import io.github.camelcalendly.auth.TokenStore;
import io.github.camelcalendly.auth.TokenStoreException;
import io.github.camelcalendly.client.ConnectionState;
import io.github.camelcalendly.client.RateLimiter;
import io.github.camelcalendly.operation.ConnectionIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OAuth connection (one Calendly user of one app): its tokens, kept in a {@link TokenStore} under the connection
 * id, and the access token every call of the connection sends.
 * <ul>
 * <li>The access token is refreshed {@value #REFRESH_AHEAD_SECONDS} s ahead of its expiry, and once after Calendly
 * answers 401 to it.</li>
 * <li>Refreshes are single-flight: callers that find the token expired at the same time wait for one refresh and all
 * use its token. A refresh is one {@linkplain TokenStore#rotate rotation} of the stored tokens: the store is read
 * again inside it, and when another instance refreshed already its tokens are used without a token request. With a
 * store shared by several instances (JdbcTokenStore), one instance at a time rotates a connection's tokens.</li>
 * <li>The rotated refresh token is saved, with its access token, before that access token is used; if the save fails
 * the new tokens are not used.</li>
 * <li>At most {@value #TOKEN_REQUESTS_PER_MINUTE} token requests per minute leave for the connection (Calendly's limit
 * per user); one that would have to wait past callTimeout fails at once.</li>
 * <li>Calendly refusing the refresh token ({@code invalid_grant}), or refusing a token it had just issued, makes the
 * connection REVOKED: every call then fails with {@link CalendlyConnectionRevokedException} at once, without a
 * request, until new tokens are saved for the id (by {@code oauth/exchangeCode} or in the store).</li>
 * </ul>
 * Nothing here logs or reports a token.
 */
public final class OAuthSession implements AccessTokenProvider {

    static final long REFRESH_AHEAD_SECONDS = 60;
    static final int TOKEN_REQUESTS_PER_MINUTE = 8;

    private static final Logger LOG = LoggerFactory.getLogger(OAuthSession.class);

    /** Why a connection was revoked, and the tokens it had then (new tokens in the store end the revocation). */
    private record Revocation(String reason, int statusCode, String title, String refreshToken, String accessToken,
            Instant at) {
    }

    private final String connectionId;
    private final TokenEndpoint endpoint;
    private final TokenStore store;
    private final StoredTokens seed;
    private final RateLimiter tokenRequests;
    private final TokenRefresher refresher;
    private final long callTimeoutMillis;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong refreshes = new AtomicLong();
    /** Counts the times a refresh replaced the tokens, by a token request or with tokens another instance saved. */
    private final AtomicLong renewals = new AtomicLong();
    private volatile StoredTokens tokens;
    /** An access token issued by this session that Calendly has not accepted yet. */
    private volatile String freshToken;
    private volatile Revocation revocation;

    /**
     * @param connectionId      the id the tokens are saved under
     * @param endpoint          the app's authorization server
     * @param store             where the tokens are kept
     * @param seed              the tokens to save when the store has none for the id (a configured refresh token),
     *                          or null
     * @param tokenRequests     the connection's limiter of token requests
     * @param callTimeoutMillis the longest a token request a call needs (its wait for the limiter included) may take;
     *                          0 for none
     * @param clock             tells when tokens expire
     */
    public OAuthSession(String connectionId, TokenEndpoint endpoint, TokenStore store, StoredTokens seed,
            RateLimiter tokenRequests, long callTimeoutMillis, Clock clock) {
        this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
        this.endpoint = endpoint;
        this.store = store;
        this.seed = seed;
        this.tokenRequests = tokenRequests;
        this.refresher = new TokenRefresher(connectionId, endpoint, store, tokenRequests, clock);
        this.callTimeoutMillis = callTimeoutMillis;
        this.clock = clock;
    }

    /** A limiter of Calendly's {@value #TOKEN_REQUESTS_PER_MINUTE} token requests per user and minute. */
    public static RateLimiter tokenRequestLimiter() {
        return new RateLimiter(0, false, io.github.camelcalendly.operation.RateBudget.perMinute(
                TOKEN_REQUESTS_PER_MINUTE), System::nanoTime, io.github.camelcalendly.client.Sleeper.THREAD);
    }

    public String connectionId() {
        return connectionId;
    }

    public TokenEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public String accessToken() {
        StoredTokens current = usable();
        if (current.accessTokenExpiresBefore(clock.instant().plusSeconds(REFRESH_AHEAD_SECONDS))) {
            current = refresh(current.accessToken(), -1, callTimeoutMillis);
        }
        return current.accessToken();
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        refresh(rejected, -1, callTimeoutMillis);
        return true;
    }

    @Override
    public void answered(String token, int statusCode) {
        if (token == null || !token.equals(freshToken)) {
            return;
        }
        if (statusCode == 401) {
            StoredTokens current = tokens;
            throw revoke(current, "Calendly refused the access token it had just issued (HTTP 401)", 401, null);
        }
        freshToken = null;
    }

    @Override
    public Optional<ConnectionIdentity> identity() {
        StoredTokens current = tokens;
        if (current == null || current.owner() == null || current.organization() == null) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionIdentity(current.owner(), current.organization()));
    }

    @Override
    public Optional<Set<String>> grantedScopes() {
        StoredTokens current = tokens;
        return current == null || current.scopes().isEmpty() ? Optional.empty()
                : Optional.of(new LinkedHashSet<>(current.scopes()));
    }

    /**
     * Refreshes the access token now, whatever its expiry; the new tokens. A refresh that another caller or instance
     * completes while this one waits for its turn counts as this one's: concurrent requests to refresh make one
     * token request.
     *
     * @param timeoutMillis the longest the token request, its wait for the limiter included, may take; 0 for none
     */
    public StoredTokens refreshNow(long timeoutMillis) {
        long seen = renewals.get();
        return refresh(usable().accessToken(), seen, timeoutMillis);
    }

    /**
     * The connection's tokens as they are now, read from the store when not known yet; fails when the connection
     * is revoked or has no tokens.
     */
    public StoredTokens currentTokens() {
        return usable();
    }

    /**
     * Tokens just saved for this connection's id by a code exchange: used from now on, ending any revocation. The
     * exchange counts as one of the connection's token requests.
     */
    public void adopt(StoredTokens saved) {
        lock.lock();
        try {
            tokenRequests.record();
            tokens = saved;
            freshToken = saved.accessToken();
            if (revocation != null) {
                LOG.info("Calendly connection '{}' has new tokens and is usable again", connectionId);
            }
            revocation = null;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the tokens (they were revoked on purpose and deleted from the store). */
    public void forget() {
        lock.lock();
        try {
            tokens = null;
            freshToken = null;
            revocation = null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Keeps the scopes introspection reported for the connection's token, in memory and in the store (unless another
     * instance rotated the stored tokens meanwhile: those are then used, as they are).
     */
    public void learnScopes(List<String> scopes) {
        lock.lock();
        try {
            StoredTokens current = tokens;
            if (current != null && !scopes.isEmpty()) {
                tokens = TokenStoreWrites.withScopes(store, connectionId, current, scopes, callTimeoutMillis);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Where the connection stands: REVOKED until new tokens are saved (the store is looked at again, so that tokens
     * another process saved end the revocation), ACTIVE once it has tokens, NOT_USED_YET before.
     */
    public ConnectionState state() {
        if (revocation != null && !recoveredFromStore()) {
            return ConnectionState.REVOKED;
        }
        return tokens == null ? ConnectionState.NOT_USED_YET : ConnectionState.ACTIVE;
    }

    /** Why the connection is revoked, or empty when it is not. */
    public Optional<String> revocationReason() {
        Revocation r = revocation;
        return r == null ? Optional.empty() : Optional.of(r.reason() + " (at " + r.at() + ")");
    }

    /** When the access token expires, when known. */
    public Optional<Instant> accessTokenExpiresAt() {
        StoredTokens current = tokens;
        return current == null ? Optional.empty() : Optional.ofNullable(current.expiresAt());
    }

    /** How many refreshes this session made. */
    public long refreshCount() {
        return refreshes.get();
    }

    private StoredTokens usable() {
        Revocation r = revocation;
        if (r != null && !recoveredFromStore()) {
            throw revokedException(r);
        }
        StoredTokens current = tokens;
        if (current != null) {
            return current;
        }
        lock.lock();
        try {
            if (tokens == null) {
                tokens = loadOrSeed();
            }
            return tokens;
        } finally {
            lock.unlock();
        }
    }

    private StoredTokens loadOrSeed() {
        Optional<StoredTokens> stored = store.load(connectionId);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (seed != null) {
            return TokenStoreWrites.seedUnlessStored(store, connectionId, seed, callTimeoutMillis);
        }
        throw new CalendlyValidationException(null, "connectionId", "No Calendly OAuth tokens are saved for"
                + " connection id '" + connectionId + "' in " + store + ": authorize the user with"
                + " calendly:oauth?op=authorizeUrl and op=exchangeCode (connectionId=" + connectionId + "), or set"
                + " refreshToken for it. Calls never fall back to another connection");
    }

    private boolean recoveredFromStore() {
        lock.lock();
        try {
            Revocation r = revocation;
            if (r == null) {
                return true;
            }
            StoredTokens stored = store.load(connectionId).orElse(null);
            if (stored == null || (Objects.equals(stored.refreshToken(), r.refreshToken())
                                   && Objects.equals(stored.accessToken(), r.accessToken()))) {
                return false;
            }
            tokens = stored;
            freshToken = stored.accessToken();
            revocation = null;
            LOG.info("Calendly connection '{}' found new tokens in its token store and is usable again", connectionId);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A usable access token other than {@code stale} (null when none was known): the one another caller or
     * instance got meanwhile (or since {@code renewals} was {@code seen}, unless that is -1), else one from a refresh
     * made now (see {@link TokenRefresher}).
     */
    private StoredTokens refresh(String stale, long seen, long timeoutMillis) {
        lock.lock();
        try {
            Revocation r = revocation;
            if (r != null) {
                throw revokedException(r);
            }
            Instant ahead = clock.instant().plusSeconds(REFRESH_AHEAD_SECONDS);
            StoredTokens current = tokens;
            if (TokenRefresher.renewed(current, stale, ahead) || (seen >= 0 && seen != renewals.get()
                    && TokenRefresher.renewed(current, null, ahead))) {
                return current;
            }
            TokenRefresher.Outcome outcome;
            try {
                outcome = refresher.refresh(current, stale, ahead, timeoutMillis);
            } catch (TokenRefresher.GrantRefused e) {
                throw revoke(e.tokens(), e.getMessage(), e.statusCode(), e.title());
            } catch (TokenStoreException e) {
                tokens = null; // read the store again next time
                throw e;
            }
            if (!outcome.tokens().equals(current)) {
                renewals.incrementAndGet();
            }
            tokens = outcome.tokens();
            if (outcome.redeemed()) {
                freshToken = outcome.tokens().accessToken();
                refreshes.incrementAndGet();
                LOG.debug("Calendly connection '{}' refreshed its access token (expires at {})", connectionId,
                        outcome.tokens().expiresAt());
            }
            return outcome.tokens();
        } finally {
            lock.unlock();
        }
    }

    private CalendlyConnectionRevokedException revoke(StoredTokens at, String reason, int status, String title) {
        lock.lock();
        try {
            Revocation r = new Revocation(reason, status, title, at == null ? null : at.refreshToken(),
                    at == null ? null : at.accessToken(), clock.instant());
            revocation = r;
            freshToken = null;
            LOG.warn("Calendly connection '{}' is revoked: {}", connectionId, reason);
            return revokedException(r);
        } finally {
            lock.unlock();
        }
    }

    private CalendlyConnectionRevokedException revokedException(Revocation r) {
        return new CalendlyConnectionRevokedException(connectionId, null, r.reason(), r.statusCode(), r.title());
    }

    @Override
    public String toString() {
        return "OAuthSession[connectionId=" + connectionId + ", client=" + endpoint.client().clientId() + "]";
    }
}
