package io.github.camelcalendly.oauth;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.InMemoryTokenStore;
import io.github.camelcalendly.auth.TokenStore;

import static org.assertj.core.api.Assertions.assertThat;

/** One session per app, token store and connection id, made once and shared. */
class OAuthSessionsTest {

    private static final OAuthClient APP = new OAuthClient("https://auth.example.com", "app-id", "secret");

    private final OAuthSessions sessions = new OAuthSessions();
    private final TokenStore store = new InMemoryTokenStore();
    private final AtomicInteger made = new AtomicInteger();

    private OAuthSession make(OAuthClient app, TokenStore tokens, String id) {
        return sessions.session(app, tokens, id, () -> {
            made.incrementAndGet();
            return new OAuthSession(id, new TokenEndpoint(app, null, null), tokens, null,
                    OAuthSession.tokenRequestLimiter(), 0, Clock.systemUTC());
        });
    }

    @Test
    void theSameAppStoreAndIdShareOneSessionMadeOnce() {
        OAuthSession first = make(APP, store, "tenant-1");
        OAuthSession again = make(new OAuthClient("https://auth.example.com/", "app-id", "other-secret"), store,
                "tenant-1");

        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(sessions.all()).containsExactly(first);
    }

    @Test
    void anotherIdStoreOrAppHasItsOwnSession() {
        OAuthSession first = make(APP, store, "tenant-1");
        OAuthSession otherId = make(APP, store, "tenant-2");
        OAuthSession otherStore = make(APP, new InMemoryTokenStore(), "tenant-1");
        OAuthSession otherApp = make(new OAuthClient("https://auth.example.com", "app-2", "secret"), store,
                "tenant-1");

        assertThat(sessions.all()).hasSize(4).containsOnlyOnce(first, otherId, otherStore, otherApp);
    }

    @Test
    void theKeyNamesTheAppAndConnectionButNotTheSecret() {
        String key = OAuthSessions.key(APP, store, "tenant-1");

        assertThat(key).isEqualTo("https://auth.example.com|app-id|" + System.identityHashCode(store) + "|tenant-1")
                .doesNotContain("secret");
    }

    @Test
    void clearingForgetsEverySessionSoTheNextOneIsNew() {
        OAuthSession before = make(APP, store, "tenant-1");

        sessions.clear();

        assertThat(sessions.all()).isEmpty();
        assertThat(make(APP, store, "tenant-1")).isNotSameAs(before);
        assertThat(made).hasValue(2);
    }
}
