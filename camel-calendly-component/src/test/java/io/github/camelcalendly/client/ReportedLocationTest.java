package io.github.camelcalendly.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Location header as the HTTP client reports it: where it points, without the parts that may carry a secret.
 */
class ReportedLocationTest {

    @Test
    void theQueryAndFragmentAreLeftOut() {
        assertThat(CalendlyHttpClient.withoutSecrets("https://login.example.com/sso?session=S1&next=/x#t=T1"))
                .isEqualTo("https://login.example.com/sso");
    }

    @Test
    void aFragmentWithoutQueryIsLeftOut() {
        assertThat(CalendlyHttpClient.withoutSecrets("https://login.example.com/sso#access_token=T1"))
                .isEqualTo("https://login.example.com/sso");
    }

    @Test
    void userInfoIsLeftOutUpToItsLastAt() {
        assertThat(CalendlyHttpClient.withoutSecrets("https://ops:p@ss@proxy.example.com:8443/users/me"))
                .isEqualTo("https://proxy.example.com:8443/users/me");
    }

    @Test
    void anAtInThePathIsKept() {
        assertThat(CalendlyHttpClient.withoutSecrets("https://example.com/people/@ada"))
                .isEqualTo("https://example.com/people/@ada");
    }

    @Test
    void aRelativeLocationIsKeptAsItsPath() {
        assertThat(CalendlyHttpClient.withoutSecrets("/v3/users/me?x=1")).isEqualTo("/v3/users/me");
    }

    @Test
    void aLocationThatIsNotAUrlLosesItsUserInfoAndQueryToo() {
        assertThat(CalendlyHttpClient.withoutSecrets("http://u:pw@exa mple.com/x?token=T1"))
                .isEqualTo("http://exa mple.com/x");
    }
}
