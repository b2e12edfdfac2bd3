package io.github.camelcalendly.oauth;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.github.camelcalendly.auth.StoredTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendly's token answers as the component reads them, and the tokens it saves from them: the expiry from the local
 * clock, and what an answer left out kept from the tokens it replaces.
 */
class TokenResponseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2030-01-01T10:00:00Z");
    private static final String OWNER = "https://api.calendly.com/users/OWNER";
    private static final String ORG = "https://api.calendly.com/organizations/ORG";

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    private static final StoredTokens PREVIOUS = new StoredTokens("old-access", "old-refresh",
            Instant.parse("2030-01-01T09:00:00Z"), List.of("users:read", "event_types:read"), OWNER, ORG);

    @Test
    void aFullAnswerIsReadFieldByField() throws Exception {
        TokenResponse answer = TokenResponse.read(json("{\"token_type\":\"Bearer\",\"access_token\":\"acc\","
                + "\"refresh_token\":\"ref\",\"expires_in\":7200,\"created_at\":1893492000,"
                + "\"scope\":\"  users:read   scheduled_events:read \",\"owner\":\"" + OWNER + "\","
                + "\"organization\":\"" + ORG + "\"}"));

        assertThat(answer).isEqualTo(new TokenResponse("acc", "ref", 7200, Instant.ofEpochSecond(1893492000),
                List.of("users:read", "scheduled_events:read"), OWNER, ORG));
    }

    @Test
    void anAnswerWithoutAnAccessTokenIsNoTokenResponse() throws Exception {
        assertThat(TokenResponse.read(json("{\"refresh_token\":\"ref\",\"expires_in\":7200}"))).isNull();
        assertThat(TokenResponse.read(json("{\"access_token\":null,\"refresh_token\":\"ref\"}"))).isNull();
        assertThat(TokenResponse.read(json("{\"access_token\":{\"value\":\"acc\"}}"))).isNull();
    }

    @Test
    void anAnswerWithOnlyAnAccessTokenHasNoExpiryCreationScopesOrOwner() throws Exception {
        TokenResponse answer = TokenResponse.read(json("{\"access_token\":\"acc\",\"created_at\":0,\"scope\":\" \","
                + "\"owner\":[\"" + OWNER + "\"]}"));

        assertThat(answer).isEqualTo(new TokenResponse("acc", null, -1, null, List.of(), null, null));
    }

    @Test
    void theExpiryCountsFromWhenTheAnswerWasReceived() {
        TokenResponse answer = new TokenResponse("acc", "ref", 7200, Instant.parse("2020-01-01T00:00:00Z"),
                List.of("users:read"), OWNER, ORG);

        StoredTokens saved = answer.toStored(RECEIVED, null);

        assertThat(saved).isEqualTo(new StoredTokens("acc", "ref", RECEIVED.plusSeconds(7200),
                List.of("users:read"), OWNER, ORG));
    }

    @Test
    void aLifetimeOfZeroExpiresAtOnceAndNoLifetimeMeansNoKnownExpiry() {
        TokenResponse instant = new TokenResponse("acc", "ref", 0, null, List.of(), null, null);
        TokenResponse unknown = new TokenResponse("acc", "ref", -1, null, List.of(), null, null);

        assertThat(instant.toStored(RECEIVED, null).expiresAt()).isEqualTo(RECEIVED);
        assertThat(unknown.toStored(RECEIVED, null).expiresAt()).isNull();
    }

    @Test
    void whatTheAnswerLeftOutIsKeptFromThePreviousTokens() {
        TokenResponse answer = new TokenResponse("new-access", null, 3600, null, List.of(), null, null);

        StoredTokens saved = answer.toStored(RECEIVED, PREVIOUS);

        assertThat(saved).isEqualTo(new StoredTokens("new-access", "old-refresh", RECEIVED.plusSeconds(3600),
                List.of("users:read", "event_types:read"), OWNER, ORG));
    }

    @Test
    void whatTheAnswerNamesReplacesThePreviousTokens() {
        String otherOrg = "https://api.calendly.com/organizations/OTHER";
        TokenResponse answer = new TokenResponse("new-access", "new-refresh", 3600, null, List.of("users:read"),
                "https://api.calendly.com/users/ME", otherOrg);

        StoredTokens saved = answer.toStored(RECEIVED, PREVIOUS);

        assertThat(saved).isEqualTo(new StoredTokens("new-access", "new-refresh", RECEIVED.plusSeconds(3600),
                List.of("users:read"), "https://api.calendly.com/users/ME", otherOrg));
    }

    @Test
    void itsTextShowsNoToken() {
        TokenResponse answer = new TokenResponse("secret-access", "secret-refresh", 7200, null,
                List.of("users:read"), OWNER, ORG);

        assertThat(answer.toString()).isEqualTo("TokenResponse[expiresIn=7200, scopes=[users:read], owner=" + OWNER
                + "]");
    }
}
