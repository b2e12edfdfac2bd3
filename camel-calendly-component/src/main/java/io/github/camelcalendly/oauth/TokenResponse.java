package io.github.camelcalendly.oauth;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcalendly.auth.StoredTokens;

/**
 * What Calendly's token endpoint answered to a code exchange or a refresh. {@link #toString()} shows no token.
 *
 * @param accessToken  the new access token
 * @param refreshToken the new refresh token (the one redeemed is dead from now on)
 * @param expiresIn    the access token's lifetime in seconds, or -1 when not given
 * @param createdAt    when Calendly issued the tokens, or null when not given
 * @param scopes       the granted scopes, empty when not given
 * @param owner        the user URI who authorized the app, or null
 * @param organization the user's organization URI, or null
 */
record TokenResponse(String accessToken, String refreshToken, long expiresIn, Instant createdAt, List<String> scopes,
        String owner, String organization) {

    /**
     * Reads a token response.
     *
     * @return the response, or null when it has no access token
     */
    static TokenResponse read(JsonNode json) {
        String access = text(json, "access_token");
        if (access == null) {
            return null;
        }
        String scope = text(json, "scope");
        long createdAt = json.path("created_at").asLong(-1);
        return new TokenResponse(access, text(json, "refresh_token"), json.path("expires_in").asLong(-1),
                createdAt > 0 ? Instant.ofEpochSecond(createdAt) : null,
                scope == null || scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+")),
                text(json, "owner"), text(json, "organization"));
    }

    /**
     * The tokens to save. The expiry counts from {@code receivedAt} (the local clock) rather than Calendly's
     * {@code created_at}, so a skewed clock cannot make a fresh token look expired. What Calendly left out (a
     * refresh token, scopes, owner) is kept from {@code previous}.
     */
    StoredTokens toStored(Instant receivedAt, StoredTokens previous) {
        String refresh = refreshToken != null ? refreshToken : previous == null ? null : previous.refreshToken();
        List<String> granted = !scopes.isEmpty() || previous == null ? scopes : previous.scopes();
        return new StoredTokens(accessToken, refresh, expiresIn >= 0 ? receivedAt.plusSeconds(expiresIn) : null,
                granted, owner != null ? owner : previous == null ? null : previous.owner(),
                organization != null ? organization : previous == null ? null : previous.organization());
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", scopes=" + scopes + ", owner=" + owner + "]";
    }
}
