package io.github.camelcalendly.oauth;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether granted scopes cover what an operation needs: {@code resource:write} implies {@code resource:read}. */
class GrantedScopesTest {

    private static final Set<String> GRANTED = Set.of("users:read", "event_types:write");

    @Test
    void noScopeNeededIsAlwaysCovered() {
        assertThat(GrantedScopes.covers(Set.of(), null)).isTrue();
        assertThat(GrantedScopes.covers(Set.of(), " ")).isTrue();
        assertThat(GrantedScopes.covers(Set.of(), "-")).isTrue();
    }

    @Test
    void aGrantedScopeIsCoveredAndWriteCoversRead() {
        assertThat(GrantedScopes.covers(GRANTED, "users:read")).isTrue();
        assertThat(GrantedScopes.covers(GRANTED, "event_types:read")).isTrue();
        assertThat(GrantedScopes.covers(GRANTED, "event_types:write")).isTrue();
    }

    @Test
    void readDoesNotCoverWriteNorAnotherResource() {
        assertThat(GrantedScopes.covers(GRANTED, "users:write")).isFalse();
        assertThat(GrantedScopes.covers(GRANTED, "scheduled_events:read")).isFalse();
        assertThat(GrantedScopes.covers(Set.of("users:write"), "users:read:extra")).isFalse();
    }

    @Test
    void theMissingScopesAreListedInTheOrderNeeded() {
        assertThat(GrantedScopes.missing(GRANTED, List.of("webhooks:write", "users:read", "event_types:read",
                "scheduled_events:read"))).containsExactly("webhooks:write", "scheduled_events:read");
        assertThat(GrantedScopes.missing(GRANTED, List.of("users:read"))).isEmpty();
    }
}
