package io.github.camelcalendly.sandbox.oauth;

import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.github.camelcalendly.sandbox.SandboxContext;

/**
 * The WireMock extension behind the sandbox's OAuth host.
 */
public final class OAuthExtension implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "calendly-sandbox-oauth";

    private volatile SandboxContext context;

    public void attach(SandboxContext sandboxContext) {
        this.context = sandboxContext;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(501)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"unsupported\",\"error_description\":\"not modelled yet\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
