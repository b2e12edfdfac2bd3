package io.github.camelcalendly.oauth;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.StoredTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's writes besides refreshes never put back tokens another instance rotated away: scopes are saved only
 * with the refresh token they were learned for, and a configured refresh token seeds only an empty store.
 */
class TokenStoreWritesTest {

    private static final String ID = "https://api.calendly.com/users/AAAA";
    private static final StoredTokens KNOWN = new StoredTokens("at-known", "rt-known",
            Instant.parse("2026-03-01T10:00:00Z"), List.of(), ID, "https://api.calendly.com/organizations/O");
    private static final StoredTokens ROTATED_ELSEWHERE = new StoredTokens("at-newer", "rt-newer",
            Instant.parse("2026-03-01T12:00:00Z"), List.of(), ID, "https://api.calendly.com/organizations/O");

    private final InMemoryTokenStore store = new InMemoryTokenStore();

    @Test
    void scopesAreSavedWithTheTokensTheyWereLearnedFor() {
        store.save(ID, KNOWN);

        StoredTokens kept = TokenStoreWrites.withScopes(store, ID, KNOWN, List.of("users:read"), 1_000);

        assertThat(kept.scopes()).containsExactly("users:read");
        assertThat(store.load(ID)).contains(kept);
        assertThat(kept.refreshToken()).isEqualTo("rt-known");
    }

    @Test
    void scopesNeverPutBackTokensAnotherInstanceRotatedAway() {
        store.save(ID, ROTATED_ELSEWHERE);

        StoredTokens kept = TokenStoreWrites.withScopes(store, ID, KNOWN, List.of("users:read"), 1_000);

        assertThat(kept).isEqualTo(ROTATED_ELSEWHERE);
        assertThat(store.load(ID)).contains(ROTATED_ELSEWHERE);
    }

    @Test
    void scopesOfDeletedTokensAreNotSaved() {
        assertThat(TokenStoreWrites.withScopes(store, ID, KNOWN, List.of("users:read"), 1_000)).isNull();
        assertThat(store.load(ID)).isEmpty();
    }

    @Test
    void aSeedFillsAnEmptyStore() {
        StoredTokens seed = StoredTokens.refreshTokenOnly("rt-configured");

        assertThat(TokenStoreWrites.seedUnlessStored(store, ID, seed, 1_000)).isEqualTo(seed);
        assertThat(store.load(ID)).contains(seed);
    }

    @Test
    void aSeedNeverReplacesStoredTokens() {
        store.save(ID, ROTATED_ELSEWHERE);

        StoredTokens kept = TokenStoreWrites.seedUnlessStored(store, ID, StoredTokens.refreshTokenOnly("rt-configured"),
                1_000);

        assertThat(kept).isEqualTo(ROTATED_ELSEWHERE);
        assertThat(store.load(ID)).contains(ROTATED_ELSEWHERE);
    }
}
