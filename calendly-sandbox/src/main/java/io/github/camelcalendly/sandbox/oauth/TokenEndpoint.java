package io.github.camelcalendly.sandbox.oauth;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.auth.TokenGrant;
import io.github.camelcalendly.sandbox.oauth.AuthorizationCodes.AuthorizationCode;
import io.github.camelcalendly.sandbox.oauth.ClientAuthentication.AuthenticatedClient;
import io.github.camelcalendly.sandbox.oauth.RefreshTokens.RefreshGrant;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * {@code POST /oauth/token}: redeems an authorization code (checking the redirect URI and the PKCE verifier) or a
 * refresh token (single-use with rotation) for a new access token and refresh token.
 *
 * <p>Re-using a refresh token that was already redeemed fails with {@code invalid_grant} and leaves the tokens of the
 * rotation that replaced it working (Calendly does not promise to revoke them, and a client that lost a race with
 * itself keeps its session).
 */
final class TokenEndpoint {

    private final SandboxContext ctx;
    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;

    TokenEndpoint(SandboxContext ctx, AuthorizationCodes codes, RefreshTokens refreshTokens) {
        this.ctx = ctx;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
    }

    OAuthAnswer handle(String authorizationHeader, FormParams form) {
        AuthenticatedClient client = ClientAuthentication.authenticate(authorizationHeader, form,
                ctx.options().oauthClient(), false);
        String grantType = form.required("grant_type");
        return switch (grantType) {
            case "authorization_code" -> redeemCode(client, form);
            case "refresh_token" -> refresh(client, form);
            default -> throw OAuthError.unsupportedGrantType(grantType);
        };
    }

    private OAuthAnswer redeemCode(AuthenticatedClient client, FormParams form) {
        String codeValue = form.required("code");
        String redirectUri = form.required("redirect_uri");
        String verifier = form.optional("code_verifier").orElse(null);
        AuthorizationCode code = codes.find(codeValue, ctx.now()).orElseThrow(() -> OAuthError.invalidGrant(
                "The authorization code is invalid, expired or already used."));
        if (verifier == null && (code.codeChallenge() != null || !client.confidential())) {
            throw OAuthError.missingParameter("code_verifier");
        }
        codes.consume(codeValue);
        if (!code.clientId().equals(client.clientId())) {
            throw OAuthError.invalidGrant("The authorization code was issued to another client.");
        }
        if (!code.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("redirect_uri does not match the one used in the authorization request.");
        }
        if (code.codeChallenge() == null) {
            if (verifier != null) {
                throw OAuthError.invalidGrant("A code_verifier was sent but the authorization request had no "
                        + "code_challenge; clients without a secret must use PKCE.");
            }
        } else if (!Pkce.matches(verifier, code.codeChallenge())) {
            throw OAuthError.invalidGrant("code_verifier does not match the code_challenge.");
        }
        return issue(client.clientId(), code.user(), code.organization(), code.scopes());
    }

    private OAuthAnswer refresh(AuthenticatedClient client, FormParams form) {
        String token = form.required("refresh_token");
        RefreshGrant grant = refreshTokens.find(token)
                .filter(found -> found.clientId().equals(client.clientId()))
                .orElseThrow(() -> OAuthError.invalidGrant(
                        "The refresh token is invalid, revoked, already used or was issued to another client."));
        refreshTokens.revoke(grant.token());
        return issue(client.clientId(), grant.user(), grant.organization(), grant.scopes());
    }

    private OAuthAnswer issue(String clientId, String user, String organization, List<String> scopes) {
        TokenGrant access = ctx.tokens().issueOAuth(user, organization, scopes,
                ctx.options().accessTokenLifetime(), clientId);
        RefreshGrant refresh = refreshTokens.issue(clientId, user, organization, scopes, access.token(),
                access.issuedAt());
        ObjectNode body = Json.object();
        body.put("token_type", "Bearer");
        body.put("expires_in", ctx.options().accessTokenLifetime().toSeconds());
        body.put("created_at", access.issuedAt().getEpochSecond());
        body.put("refresh_token", refresh.token());
        body.put("access_token", access.token());
        body.put("scope", String.join(" ", scopes));
        body.put("owner", user);
        body.put("organization", organization);
        return OAuthAnswer.json(200, body);
    }
}
