package io.github.camelcalendly.sandbox.oauth;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

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
 *
 * <p>Each user may make {@code tokenRequestsPerMinute} token requests in any 60 seconds. A request counts once the
 * sandbox has found the code or refresh token it presents (so it knows the user), whatever the outcome after that; a
 * request refused with 429 neither counts nor uses up its code or refresh token. Every request is logged as a
 * {@link TokenRequest}.
 */
final class TokenEndpoint {

    private final SandboxContext ctx;
    private final AuthorizationCodes codes;
    private final RefreshTokens refreshTokens;
    private final TokenRequestLimit limit;
    private final TokenRequestLog log;

    TokenEndpoint(SandboxContext ctx, AuthorizationCodes codes, RefreshTokens refreshTokens, TokenRequestLog log) {
        this.ctx = ctx;
        this.codes = codes;
        this.refreshTokens = refreshTokens;
        this.limit = new TokenRequestLimit(ctx.options().tokenRequestsPerMinute());
        this.log = log;
    }

    /** Answers one token request whose parameters (form or JSON) {@code body} reads; it may refuse the body. */
    OAuthAnswer handle(String authorizationHeader, Supplier<FormParams> body) {
        Instant at = ctx.now();
        String grantType = null;
        String user = null;
        int status = 500; // what the OAuth extension answers for anything but an OAuthError
        try {
            FormParams form = body.get();
            grantType = sentGrantType(form);
            AuthenticatedClient client = ClientAuthentication.authenticate(authorizationHeader, form,
                    ctx.options().oauthClient(), false);
            String requested = form.required("grant_type");
            Redemption redemption = switch (requested) {
                case "authorization_code" -> codeRedemption(client, form);
                case "refresh_token" -> refreshRedemption(client, form);
                default -> throw OAuthError.unsupportedGrantType(requested);
            };
            user = redemption.user();
            limit.admit(user, at);
            OAuthAnswer answer = redemption.rest().get();
            status = answer.status();
            return answer;
        } catch (OAuthError error) {
            status = error.status();
            throw error;
        } finally {
            log.record(new TokenRequest(at, grantType, user, status));
        }
    }

    private Redemption codeRedemption(AuthenticatedClient client, FormParams form) {
        String codeValue = form.required("code");
        String redirectUri = form.required("redirect_uri");
        String verifier = form.optional("code_verifier").orElse(null);
        AuthorizationCode code = codes.find(codeValue, ctx.now()).orElseThrow(() -> OAuthError.invalidGrant(
                "The authorization code is invalid, expired or already used."));
        return new Redemption(code.user(), () -> redeemCode(client, code, redirectUri, verifier));
    }

    private OAuthAnswer redeemCode(AuthenticatedClient client, AuthorizationCode code, String redirectUri,
            String verifier) {
        if (verifier == null && (code.codeChallenge() != null || !client.confidential())) {
            throw OAuthError.missingParameter("code_verifier");
        }
        codes.consume(code.code());
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

    private Redemption refreshRedemption(AuthenticatedClient client, FormParams form) {
        String token = form.required("refresh_token");
        RefreshGrant grant = refreshTokens.find(token)
                .filter(found -> found.clientId().equals(client.clientId()))
                .orElseThrow(() -> OAuthError.invalidGrant(
                        "The refresh token is invalid, revoked, already used or was issued to another client."));
        return new Redemption(grant.user(), () -> {
            refreshTokens.revoke(grant.token());
            return issue(client.clientId(), grant.user(), grant.organization(), grant.scopes());
        });
    }

    /** The {@code grant_type} the client sent, for the log; null when it sent none or several. */
    private static String sentGrantType(FormParams form) {
        List<String> sent = form.values().get("grant_type");
        return sent == null || sent.size() != 1 || sent.get(0).isEmpty() ? null : sent.get(0);
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

    /**
     * A grant found for a token request: whose it is, and the rest of the exchange, run only once the request is
     * within the user's limit.
     */
    private record Redemption(String user, Supplier<OAuthAnswer> rest) {
    }
}
