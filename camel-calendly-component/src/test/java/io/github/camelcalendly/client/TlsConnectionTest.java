package io.github.camelcalendly.client;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.CapturedLogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls over TLS through the component's own connections (which log no header and no byte), trusting the
 * server's certificate through sslContextParameters.
 */
class TlsConnectionTest extends CamelTestSupport {

    private static final String TOKEN = "tls-test-token-4f1c0e9a";

    private static final String STORE_PASSWORD = "tls-test-store";
    private static final java.nio.file.Path KEYSTORE = localhostKeystore();

    @RegisterExtension
    static final WireMockExtension CALENDLY_TLS = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicHttpsPort().httpDisabled(true).keystorePath(KEYSTORE.toString())
                    .keystorePassword(STORE_PASSWORD).keyManagerPassword(STORE_PASSWORD).keystoreType("PKCS12"))
            .build();

    /** A new self-signed certificate for localhost, made with the JDK's keytool, in a temporary PKCS12 keystore. */
    private static java.nio.file.Path localhostKeystore() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("calendly-tls");
            java.nio.file.Path store = dir.resolve("localhost.p12");
            String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "localhost", "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", STORE_PASSWORD,
                    "-keypass", STORE_PASSWORD).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            store.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return store;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CapturedLogs logs;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SSLContextParameters tls = new SSLContextParameters();
        // trusts exactly the test server's certificate
        KeyStoreParameters trusted = new KeyStoreParameters();
        trusted.setResource("file:" + KEYSTORE);
        trusted.setPassword(STORE_PASSWORD);
        trusted.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(trusted);
        tls.setTrustManagers(trust);
        CalendlyComponent component = context.getComponent("calendly", CalendlyComponent.class);
        component.setSslContextParameters(tls);
        component.setAccessToken(TOKEN);
        component.setBaseUrl(CALENDLY_TLS.getRuntimeInfo().getHttpsBaseUrl());
        return context;
    }

    @AfterEach
    void detachLogs() {
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void twoCallsOverTlsSucceedAndNothingLogsTheTokenEvenAtDebug() {
        CALENDLY_TLS.stubFor(get(urlPathEqualTo("/users/me")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"resource\": {\"uri\": \"https://api.calendly.com/users/U1\"}}")));
        logs = CapturedLogs.attachEverythingAtDebug();

        Exchange first = template.request("calendly:users?op=me", e -> { });
        Exchange second = template.request("calendly:users?op=me", e -> { });

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getBody(Map.class)).containsEntry("uri", "https://api.calendly.com/users/U1");
        assertThat(CALENDLY_TLS.getAllServeEvents()).hasSize(2).allSatisfy(event -> assertThat(
                event.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        assertThat(logs.lines()).as("HttpClient logged at DEBUG").anySatisfy(line -> assertThat(line)
                .contains("org.apache.hc"));
        assertThat(logs.lines()).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
    }
}
