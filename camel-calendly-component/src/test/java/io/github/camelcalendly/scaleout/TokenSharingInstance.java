package io.github.camelcalendly.scaleout;

import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.jdbc.JdbcTokenStore;

/**
 * One instance (pod) of an application that acts for Calendly users: its own CamelContext, its own calendly
 * component, and its own {@link JdbcTokenStore} on the database every instance shares.
 */
final class TokenSharingInstance implements AutoCloseable {

    /** Where the instances find Calendly and who they are to it. */
    record Calendly(String baseUrl, String authUrl, String clientId, String clientSecret) {
    }

    private final String name;
    private final CamelContext context;
    private final ProducerTemplate template;

    private TokenSharingInstance(String name, CamelContext context) {
        this.name = name;
        this.context = context;
        this.template = context.createProducerTemplate();
    }

    /** Starts an instance whose tokens live in the table {@code calendly_tokens} of {@code database}. */
    static TokenSharingInstance start(String name, Calendly calendly, DataSource database) {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.getConfiguration().setClientId(calendly.clientId());
        component.getConfiguration().setClientSecret(calendly.clientSecret());
        component.getConfiguration().setAuthBaseUrl(calendly.authUrl());
        component.getConfiguration().setTokenStore(new JdbcTokenStore(database));
        component.setBaseUrl(calendly.baseUrl());
        context.start();
        return new TokenSharingInstance(name, context);
    }

    /**
     * Connects {@code userUri} as the end of the authorization-code flow does (the sandbox consents for the user, the
     * route exchanges the code); the connection id the tokens were saved under (the user's URI).
     */
    @SuppressWarnings("unchecked")
    String connect(io.github.camelcalendly.sandbox.CalendlySandbox sandbox, String userUri) {
        String verifier = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        String code = sandbox.authorizationCode(userUri, java.util.List.of(),
                io.github.camelcalendly.sandbox.oauth.Pkce.challengeOf(verifier));
        Exchange out = template.request("calendly:oauth?op=exchangeCode&redirectUri="
                + sandbox.options().oauthClient().redirectUri(), e -> {
                    e.getMessage().setHeader("CamelCalendly.code", code);
                    e.getMessage().setHeader("CamelCalendly.codeVerifier", verifier);
                });
        if (out.getException() != null) {
            throw new AssertionError(name + ": the code exchange failed", out.getException());
        }
        return (String) out.getMessage().getBody(Map.class).get("connectionId");
    }

    /** Calls {@code uri} for the connection {@code connectionId}; the exchange may hold an exception. */
    Exchange callAs(String connectionId, String uri) {
        return template.request(uri, e -> e.getMessage().setHeader(CalendlyConstants.CONNECTION_ID, connectionId));
    }

    /** The URI of the user {@code users?op=me} answers for, failing with the call's exception if it failed. */
    @SuppressWarnings("unchecked")
    String me(String connectionId) {
        Exchange out = callAs(connectionId, "calendly:users?op=me");
        if (out.getException() != null) {
            throw new AssertionError(name + ": users?op=me for " + connectionId + " failed", out.getException());
        }
        return (String) out.getMessage().getBody(Map.class).get("uri");
    }

    /** The connection id {@code oauth?op=refresh} answers with, failing with the call's exception if it failed. */
    @SuppressWarnings("unchecked")
    String refresh(String connectionId) {
        Exchange out = callAs(connectionId, "calendly:oauth?op=refresh");
        if (out.getException() != null) {
            throw new AssertionError(name + ": oauth?op=refresh for " + connectionId + " failed", out.getException());
        }
        return (String) out.getMessage().getBody(Map.class).get("owner");
    }

    @Override
    public void close() {
        context.stop();
    }

    @Override
    public String toString() {
        return name;
    }
}
