package io.github.camelcalendly.examples.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OAuthLoginSettingsTest {

    private static final String SECRET = "client-secret-value";

    @Test
    void withNothingSetTheSignInGoesToTheSandboxAndComesBackToTheLocalCallback() {
        OAuthLoginSettings settings = OAuthLoginSettings.read(Map.of());

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.clientId()).as("the sandbox's app, filled in once it runs").isNull();
        assertThat(settings.serverPort()).isEqualTo(8080);
        assertThat(settings.redirectUri()).isEqualTo("http://localhost:8080/calendly/callback");
        assertThat(settings.loginUrl()).isEqualTo("http://localhost:8080/calendly/login");
        assertThat(settings.scopes()).isEqualTo("scheduled_events:read");
    }

    @Test
    void aClientIdSignsInAtCalendlyItself() {
        OAuthLoginSettings settings = OAuthLoginSettings.read(Map.of(OAuthLoginSettings.CLIENT_ID, "my-app",
                OAuthLoginSettings.CLIENT_SECRET, SECRET, OAuthLoginSettings.SERVER_PORT, "9090",
                OAuthLoginSettings.REDIRECT_URI, "https://app.example.com/calendly/callback"));

        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.baseUrl()).isEqualTo("https://api.calendly.com");
        assertThat(settings.authBaseUrl()).isEqualTo("https://auth.calendly.com");
        assertThat(settings.redirectUri()).isEqualTo("https://app.example.com/calendly/callback");
        assertThat(settings.loginUrl()).isEqualTo("http://localhost:9090/calendly/login");
        assertThat(settings.toString()).contains("my-app").doesNotContain(SECRET);
    }

    @Test
    void theUrlsOfAStandInAreTakenWithoutTheirTrailingSlash() {
        OAuthLoginSettings settings = OAuthLoginSettings.read(Map.of(OAuthLoginSettings.CLIENT_ID, "my-app",
                OAuthLoginSettings.BASE_URL, "http://localhost:8089/",
                OAuthLoginSettings.AUTH_URL, "http://localhost:8090/"));

        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8089");
        assertThat(settings.authBaseUrl()).isEqualTo("http://localhost:8090");
    }

    @Test
    void aSecretWithoutAClientIdIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> OAuthLoginSettings.read(Map.of(OAuthLoginSettings.CLIENT_SECRET, SECRET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(OAuthLoginSettings.CLIENT_ID)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aRedirectUriThatDoesNotLeadToTheCallbackRouteIsRefusedNamingThePath() {
        assertThatThrownBy(() -> OAuthLoginSettings.read(Map.of(OAuthLoginSettings.REDIRECT_URI,
                "https://app.example.com/oauth/callback")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(OAuthLoginSettings.REDIRECT_URI)
                .hasMessageContaining("/calendly/callback");
    }

    @Test
    void aPortOutsideTheRangeIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> OAuthLoginSettings.read(Map.of(OAuthLoginSettings.SERVER_PORT, "70000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(OAuthLoginSettings.SERVER_PORT);
    }
}
