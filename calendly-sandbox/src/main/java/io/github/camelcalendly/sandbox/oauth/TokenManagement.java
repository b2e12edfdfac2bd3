package io.github.camelcalendly.sandbox.oauth;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.oauth.ClientAuthentication.AuthenticatedClient;
import io.github.camelcalendly.sandbox.oauth.RefreshTokens.RefreshGrant;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * {@code POST /oauth/revoke} and {@code POST /oauth/introspect}. A client sees only the tokens issued to it: a
 * personal access token or another client's token is reported inactive and revoking it does nothing (and, as RFC
 * 7009 asks, still answers 200).
 *
 * <p>Revoking a refresh token also revokes the access token issued with it; revoking an access token leaves its
 * refresh token usable. A user disconnecting the app (which happens in Calendly's UI, not over OAuth) revokes every
 * grant the app holds for them.
 */
final class TokenManagement {

    private final SandboxContext ctx;
    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;

    TokenManagement(SandboxContext ctx, AuthorizationCodes codes, RefreshTokens refreshTokens) {
        this.ctx = ctx;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
    }

    /** The user disconnects the app: its codes, refresh tokens and OAuth access tokens for {@code user} stop. */
    void disconnect(String user) {
        codes.discardAllOf(user);
        refreshTokens.revokeAllOf(user);
        ctx.tokens().revokeOAuthOf(user);
    }

    OAuthAnswer revoke(String authorizationHeader, FormParams form) {
        AuthenticatedClient client = ClientAuthentication.authenticate(authorizationHeader, form,
                ctx.options().oauthClient(), false);
        String token = form.required("token");
        accessToken(token, client).ifPresent(grant -> ctx.tokens().revoke(grant.token()));
        refreshToken(token, client).ifPresent(grant -> {
            refreshTokens.revoke(grant.token());
            ctx.tokens().revoke(grant.accessToken());
        });
        return OAuthAnswer.json(200, Json.object());
    }

    OAuthAnswer introspect(String authorizationHeader, FormParams form) {
        AuthenticatedClient client = ClientAuthentication.authenticate(authorizationHeader, form,
                ctx.options().oauthClient(), true);
        String token = form.required("token");
        ObjectNode body = Json.object();
        Optional<TokenGrant> access = accessToken(token, client);
        if (access.isPresent()) {
            TokenGrant grant = access.get();
            describe(body, String.join(" ", grant.scopes().stream().sorted().toList()), client.clientId(),
                    "Bearer", grant.expiresAt().getEpochSecond(), grant.issuedAt().getEpochSecond(), grant.user(),
                    grant.organization());
            return OAuthAnswer.json(200, body);
        }
        Optional<RefreshGrant> refresh = refreshToken(token, client);
        if (refresh.isPresent()) {
            RefreshGrant grant = refresh.get();
            describe(body, String.join(" ", grant.scopes()), client.clientId(), "refresh_token", null,
                    grant.issuedAt().getEpochSecond(), grant.user(), grant.organization());
            return OAuthAnswer.json(200, body);
        }
        body.put("active", false);
        return OAuthAnswer.json(200, body);
    }

    private static void describe(ObjectNode body, String scope, String clientId, String tokenType, Long exp,
            long iat, String owner, String organization) {
        body.put("active", true);
        body.put("scope", scope);
        body.put("client_id", clientId);
        body.put("token_type", tokenType);
        body.put("exp", exp);
        body.put("iat", iat);
        body.put("owner", owner);
        body.put("organization", organization);
    }

    private Optional<TokenGrant> accessToken(String token, AuthenticatedClient client) {
        return ctx.tokens().active(token).filter(grant -> client.clientId().equals(grant.clientId()));
    }

    private Optional<RefreshGrant> refreshToken(String token, AuthenticatedClient client) {
        return refreshTokens.find(token).filter(grant -> grant.clientId().equals(client.clientId()));
    }
}
