package io.github.camelcalendly.oauth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An OAuth app as the component describes it: its server's URLs, its Basic credentials, its secret kept out of text. */
class OAuthClientTest {

    @Test
    void aConfidentialClientAuthenticatesWithBasicCredentialsOfIdAndSecret() {
        OAuthClient client = new OAuthClient("https://auth.example.com", "app-id", "s3cr3t/+=");

        assertThat(client.confidential()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(client.basicCredentials()), StandardCharsets.UTF_8))
                .isEqualTo("app-id:s3cr3t/+=");
    }

    @Test
    void aBlankSecretMakesAPublicClientWithoutBasicCredentials() {
        OAuthClient blank = new OAuthClient("https://auth.example.com", "app-id", "  ");
        OAuthClient none = new OAuthClient("https://auth.example.com", "app-id", null);

        assertThat(blank.confidential()).isFalse();
        assertThat(blank.clientSecret()).isNull();
        assertThat(blank.basicCredentials()).isNull();
        assertThat(none.confidential()).isFalse();
        assertThat(none.basicCredentials()).isNull();
    }

    @Test
    void theServersPathsHangOffTheBaseUrlWithoutItsTrailingSlash() {
        OAuthClient client = new OAuthClient("http://localhost:8089/", "app-id", "secret");

        assertThat(client.authBaseUrl()).isEqualTo("http://localhost:8089");
        assertThat(client.endpoint("https://auth.calendly.com/oauth/token"))
                .isEqualTo(URI.create("http://localhost:8089/oauth/token"));
        assertThat(client.key()).isEqualTo("http://localhost:8089|app-id");
    }

    @Test
    void itsTextNamesTheAppButNeverItsSecret() {
        assertThat(new OAuthClient("https://auth.example.com", "app-id", "s3cr3t").toString())
                .isEqualTo("OAuthClient[authBaseUrl=https://auth.example.com, clientId=app-id, clientSecret=******]");
        assertThat(new OAuthClient("https://auth.example.com", "app-id", null).toString())
                .isEqualTo("OAuthClient[authBaseUrl=https://auth.example.com, clientId=app-id, clientSecret=none]");
    }

    @Test
    void aClientNeedsItsServerAndId() {
        assertThatThrownBy(() -> new OAuthClient(null, "app-id", "secret")).isInstanceOf(NullPointerException.class)
                .hasMessage("authBaseUrl");
        assertThatThrownBy(() -> new OAuthClient("https://auth.example.com", null, "secret"))
                .isInstanceOf(NullPointerException.class).hasMessage("clientId");
    }
}
