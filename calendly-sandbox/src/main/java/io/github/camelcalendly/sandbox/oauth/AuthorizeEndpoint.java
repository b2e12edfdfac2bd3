package io.github.camelcalendly.sandbox.oauth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.SandboxOptions.OAuthClient;
import io.github.camelcalendly.sandbox.auth.Scopes;

/**
 * {@code GET /oauth/authorize}: where Calendly would show a consent page, the sandbox consents at once as the seeded
 * owner and redirects back with a code. A request that cannot safely redirect (unknown client, foreign redirect URI)
 * gets a 400; any other problem is reported to the redirect URI as {@code error=...}, as RFC 6749 4.1.2.1 says.
 */
final class AuthorizeEndpoint {

    private final SandboxContext ctx;
    private final AuthorizationCodes codes;

    AuthorizeEndpoint(SandboxContext ctx, AuthorizationCodes codes) {
        this.ctx = ctx;
        this.codes = codes;
    }

    OAuthAnswer handle(FormParams query) {
        OAuthClient client = ctx.options().oauthClient();
        String clientId = query.required("client_id");
        if (!clientId.equals(client.clientId())) {
            throw OAuthError.invalidRequest("Unknown client_id; no application is registered with it.");
        }
        String redirectUri = query.required("redirect_uri");
        if (!redirectUri.equals(client.redirectUri())) {
            throw OAuthError.invalidRequest("redirect_uri does not match the redirect URI registered for the "
                    + "application.");
        }
        String state = query.optional("state").orElse(null);
        try {
            String responseType = query.required("response_type");
            if (!"code".equals(responseType)) {
                throw new OAuthError(400, "unsupported_response_type", "Only response_type=code is supported.");
            }
            List<String> scopes = grantedScopes(query.optional("scope").filter(s -> !s.isBlank())
                    .map(s -> Arrays.asList(s.trim().split(" +"))).orElse(List.of()));
            String challenge = checkedChallenge(query);
            String code = codes.issue(clientId, redirectUri, ctx.seeded().owner(), ctx.seeded().organization(),
                    scopes, challenge, ctx.now()).code();
            Map<String, String> params = new LinkedHashMap<>();
            params.put("code", code);
            params.put("state", state);
            return OAuthAnswer.redirect(withQuery(redirectUri, params));
        } catch (OAuthError error) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("error", error.error());
            params.put("error_description", error.getMessage());
            params.put("state", state);
            return OAuthAnswer.redirect(withQuery(redirectUri, params));
        }
    }

    /**
     * A code for the registered client as if {@code user}, a member of the seeded organization, had consented in a
     * browser (for tests that skip the redirect dance).
     */
    String consent(String user, Collection<String> requestedScopes, String codeChallenge) {
        if (codeChallenge != null && !Pkce.wellFormed(codeChallenge)) {
            throw new IllegalArgumentException("code challenge must be 43-128 characters of [A-Za-z0-9._~-]");
        }
        Scopes.requireKnown(requestedScopes);
        OAuthClient client = ctx.options().oauthClient();
        return codes.issue(client.clientId(), client.redirectUri(), user, ctx.seeded().organization(),
                grantedScopes(requestedScopes), codeChallenge, ctx.now()).code();
    }

    /** The requested scopes in Calendly's order; none requested means all. */
    private static List<String> grantedScopes(Collection<String> requested) {
        List<String> unknown = new ArrayList<>();
        for (String scope : requested) {
            if (!Scopes.ALL.contains(scope)) {
                unknown.add(scope);
            }
        }
        if (!unknown.isEmpty()) {
            throw new OAuthError(400, "invalid_scope", "Unknown scope(s): " + String.join(" ", unknown) + ".");
        }
        if (requested.isEmpty()) {
            return Scopes.ALL;
        }
        return Scopes.ALL.stream().filter(requested::contains).toList();
    }

    private static String checkedChallenge(FormParams query) {
        String challenge = query.optional("code_challenge").orElse(null);
        String method = query.optional("code_challenge_method").orElse(null);
        if (challenge == null) {
            if (method != null) {
                throw OAuthError.missingParameter("code_challenge");
            }
            return null;
        }
        if (!Pkce.S256.equals(method)) {
            throw OAuthError.invalidRequest("code_challenge_method must be S256.");
        }
        if (!Pkce.wellFormed(challenge)) {
            throw OAuthError.invalidRequest("code_challenge must be 43-128 characters of [A-Za-z0-9._~-].");
        }
        return challenge;
    }

    private static String withQuery(String uri, Map<String, String> params) {
        StringBuilder location = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() == null) {
                continue;
            }
            location.append(separator).append(param.getKey()).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return location.toString();
    }
}
